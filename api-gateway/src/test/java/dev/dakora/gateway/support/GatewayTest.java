package dev.dakora.gateway.support;

import dev.dakora.gateway.keys.KeyMaterial;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole gateway against the shared embedded PostgreSQL and Kafka and a fresh template directory, with an
 * admin key made at run time. Subclasses choose {@code dakora.auth.required}.
 */
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class GatewayTest {

    protected static final String ADMIN_KEY = KeyMaterial.newKey();
    protected static final Path PROMPTS = tempDirectory();

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected DatabaseClient db;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
        registry.add("dakora.auth.admin-key", () -> ADMIN_KEY);
        registry.add("dakora.registry.local.path", PROMPTS::toString);
    }

    protected void deleteAllKeys() {
        db.sql("DELETE FROM api_keys").then().block();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("dakora-prompts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
