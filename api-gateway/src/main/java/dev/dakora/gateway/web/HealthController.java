package dev.dakora.gateway.web;

import dev.dakora.gateway.config.DakoraProperties;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.keys.ApiKeyRepository;
import dev.dakora.gateway.messaging.KafkaHealth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference's health answer, plus the state of the database, Kafka and the registry. */
@RestController
@Tag(name = "Health")
class HealthController {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final TemplateCatalog catalog;
    private final ApiKeyRepository database;
    private final KafkaHealth kafka;
    private final DakoraProperties.Registry registry;

    HealthController(TemplateCatalog catalog, ApiKeyRepository database, KafkaHealth kafka, DakoraProperties properties) {
        this.catalog = catalog;
        this.database = database;
        this.kafka = kafka;
        this.registry = properties.registry();
    }

    @GetMapping("/api/health")
    @Operation(summary = "Health", description = "{\"status\":\"healthy\",\"templates_loaded\":N,\"vault_config\":{...},"
            + "\"database\":{\"status\":\"up\"},\"registry\":{\"status\":\"up\"},\"kafka\":{\"status\":\"up\"}}; 503 with status \"unhealthy\" "
            + "when PostgreSQL, Kafka or the template registry does not answer within 5 seconds. Never needs a key.")
    Mono<ResponseEntity<Map<String, Object>>> health() {
        Mono<Integer> templates = catalog.list().map(List::size).timeout(CHECK_TIMEOUT)
                .onErrorReturn(-1);
        Mono<Boolean> databaseUp = database.ping().thenReturn(true).timeout(CHECK_TIMEOUT)
                .onErrorReturn(false);
        return Mono.zip(templates, databaseUp, kafka.up()).map(checks -> {
            boolean registryUp = checks.getT1() >= 0;
            boolean healthy = registryUp && checks.getT2() && checks.getT3();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", healthy ? "healthy" : "unhealthy");
            body.put("templates_loaded", Math.max(0, checks.getT1()));
            body.put("vault_config", vaultConfig());
            body.put("database", Map.of("status", checks.getT2() ? "up" : "down"));
            body.put("registry", Map.of("status", registryUp ? "up" : "down"));
            body.put("kafka", Map.of("status", checks.getT3() ? "up" : "down"));
            return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
        });
    }

    private Map<String, Object> vaultConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("registry", registry.type());
        if ("azure".equals(registry.type())) {
            config.put("container", registry.azure().container());
            config.put("prefix", registry.azure().prefix());
        } else {
            config.put("prompt_dir", registry.local().path());
        }
        config.put("logging_enabled", false);
        return config;
    }
}
