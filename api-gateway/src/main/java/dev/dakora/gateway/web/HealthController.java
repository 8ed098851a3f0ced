package dev.dakora.gateway.web;

import dev.dakora.gateway.config.DakoraProperties;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.keys.ApiKeyRepository;
import dev.dakora.gateway.messaging.KafkaHealth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference's health answer, plus the state of the database, Kafka, the registry, the gateway's
 * own Kafka consumers and, in the standalone, every other role.
 */
@RestController
@Tag(name = "Health")
class HealthController {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final TemplateCatalog catalog;
    private final ApiKeyRepository database;
    private final KafkaHealth kafka;
    private final HealthIndicator consumers;
    private final ReactiveHealthIndicator roles;
    private final DakoraProperties.Registry registry;

    HealthController(TemplateCatalog catalog, ApiKeyRepository database, KafkaHealth kafka,
                     @Qualifier("kafkaConsumersHealthIndicator") HealthIndicator consumers,
                     @Qualifier("rolesHealthIndicator") ReactiveHealthIndicator roles, DakoraProperties properties) {
        this.catalog = catalog;
        this.database = database;
        this.kafka = kafka;
        this.consumers = consumers;
        this.roles = roles;
        this.registry = properties.registry();
    }

    @GetMapping("/api/health")
    @Operation(summary = "Health", description = "{\"status\":\"healthy\",\"templates_loaded\":N,\"vault_config\":{...},"
            + "\"database\":{\"status\":\"up\"},\"registry\":{\"status\":\"up\"},\"kafka\":{\"status\":\"up\"},"
            + "\"consumers\":{\"status\":\"up\"}[,\"roles\":{\"render-worker\":{\"status\":\"up\"},...}]}; 503 with status "
            + "\"unhealthy\" when PostgreSQL, Kafka or the template registry does not answer within 5 seconds, when "
            + "the gateway's Kafka consumers are stopped, unassigned or not polling, or when another role of the "
            + "standalone is not up. Never needs a key.")
    @ApiResponse(responseCode = "200", description = "Healthy", content = @Content(schema = @Schema(implementation = HealthView.class)))
    @ApiResponse(responseCode = "503", description = "Unhealthy: a part is down", content = @Content(schema = @Schema(implementation = HealthView.class)))
    Mono<ResponseEntity<HealthView>> health() {
        Mono<Integer> templates = catalog.list().map(List::size).timeout(CHECK_TIMEOUT)
                .onErrorReturn(-1);
        Mono<Boolean> databaseUp = database.ping().thenReturn(true).timeout(CHECK_TIMEOUT)
                .onErrorReturn(false);
        Mono<Health> others = roles.health().timeout(CHECK_TIMEOUT.plusSeconds(1))
                .onErrorResume(e -> Mono.just(Health.down().build()));
        return Mono.zip(templates, databaseUp, kafka.up(), others).map(checks -> {
            boolean registryUp = checks.getT1() >= 0;
            boolean consumersUp = Status.UP.equals(consumers.health().getStatus());
            boolean rolesUp = Status.UP.equals(checks.getT4().getStatus());
            boolean healthy = registryUp && checks.getT2() && checks.getT3() && consumersUp && rolesUp;
            Map<String, HealthView.Part> byRole = new LinkedHashMap<>();
            checks.getT4().getDetails().forEach((role, status) -> byRole.put(role, HealthView.Part.of(Status.UP.getCode().equals(status))));
            HealthView body = new HealthView(healthy ? "healthy" : "unhealthy", Math.max(0, checks.getT1()),
                    vaultConfig(), HealthView.Part.of(checks.getT2()), HealthView.Part.of(registryUp),
                    HealthView.Part.of(checks.getT3()), HealthView.Part.of(consumersUp), byRole.isEmpty() && rolesUp ? null : byRole);
            return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
        });
    }

    private HealthView.VaultConfig vaultConfig() {
        return "azure".equals(registry.type()) ? HealthView.VaultConfig.azure(registry.azure().container(), registry.azure().prefix())
                : HealthView.VaultConfig.local(registry.type(), registry.local().path());
    }
}
