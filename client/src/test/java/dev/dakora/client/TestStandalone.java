package dev.dakora.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The runnable standalone jar ({@code standalone/target/dakora-standalone.jar}) started as its own
 * process, as a user starts it: embedded PostgreSQL and Kafka on free ports under a temp data dir, every
 * role (log sink, render worker, LLM worker with the {@code echo} provider, gateway), keys required, an
 * admin key made at run time. One per JVM, stopped when the JVM exits.
 */
final class TestStandalone {

    private static TestStandalone shared;

    private final ServerProcess server;
    private final String adminKey;

    private TestStandalone(ServerProcess server, String adminKey) {
        this.server = server;
        this.adminKey = adminKey;
    }

    static synchronized TestStandalone shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close, "test-standalone-stop"));
        }
        return shared;
    }

    String url() {
        return server.url();
    }

    /** A client with a fresh ordinary key, made by the admin through the API. */
    Dakora client() {
        try (Dakora admin = Dakora.builder().url(url()).apiKey(adminKey).build()) {
            return Dakora.builder().url(url()).apiKey(admin.keys().create("test").key()).build();
        }
    }

    private static TestStandalone start() {
        try {
            Path dataDir = Files.createTempDirectory("dakora-client-standalone-");
            String adminKey = TestGateway.newKey();
            ServerProcess server = ServerProcess.start("dakora.standalone.jar", TestGateway.closedPort(), List.of(
                            "--dakora.data-dir=" + dataDir,
                            "--dakora.registry.local.path=" + dataDir.resolve("prompts"),
                            "--dakora.standalone.postgres.port=" + TestGateway.closedPort(),
                            "--dakora.standalone.kafka.port=" + TestGateway.closedPort(),
                            "--dakora.standalone.kafka.controller-port=" + TestGateway.closedPort(),
                            "--dakora.standalone.warm-up.compares=0"),
                    Map.of("DAKORA_AUTH_REQUIRED", "true", "DAKORA_ADMIN_KEY", adminKey),
                    "/api/health", status -> status == 200, Duration.ofMinutes(8));
            return new TestStandalone(server, adminKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
