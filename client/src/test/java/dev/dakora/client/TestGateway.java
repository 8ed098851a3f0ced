package dev.dakora.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dakora.gateway.GatewayApplication;
import dev.dakora.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Dakora gateway on a free port: one database in the JVM's embedded PostgreSQL, a fresh template directory,
 * API keys required, an admin key made at run time. Kafka points at a closed port, so job and batch
 * submissions answer 503, as they do when Kafka is down.
 */
final class TestGateway implements AutoCloseable {

    private static TestDatabase database;
    private static TestGateway shared;

    private final ConfigurableApplicationContext context;
    private final String adminKey;

    private TestGateway(ConfigurableApplicationContext context, String adminKey) {
        this.context = context;
        this.adminKey = adminKey;
    }

    /** One gateway for every test class in the JVM. */
    static synchronized TestGateway shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static TestGateway start() {
        String adminKey = newKey();
        List<String> args = new ArrayList<>(arguments(adminKey));
        args.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .run(args.toArray(String[]::new));
        return new TestGateway(context, adminKey);
    }

    /** The same gateway from its runnable jar, in a process of its own (a server that can really stop). */
    static ServerProcess startProcess(String adminKey) {
        return ServerProcess.start("dakora.gateway.jar", closedPort(), arguments(adminKey), Map.of(),
                "/api/templates", status -> status == 401, Duration.ofMinutes(3));
    }

    /** As command-line arguments: they win over the gateway's application.yml. */
    private static List<String> arguments(String adminKey) {
        Map<String, Object> properties = new LinkedHashMap<>(database().springProperties());
        properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:" + closedPort());
        properties.put("spring.kafka.admin.auto-create", false);
        properties.put("dakora.jobs.publish-timeout", "2s");
        properties.put("dakora.jobs.retry-after", "7s");
        properties.put("dakora.registry.local.path", tempDirectory().toString());
        properties.put("dakora.auth.required", true);
        properties.put("dakora.auth.admin-key", adminKey);
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    String adminKey() {
        return adminKey;
    }

    Dakora admin() {
        return Dakora.builder().url(url()).apiKey(adminKey).build();
    }

    /** A client with a fresh ordinary key, made by the admin through the API. */
    Dakora client() {
        try (Dakora admin = admin()) {
            return Dakora.builder().url(url()).apiKey(admin.keys().create("test").key()).build();
        }
    }

    @Override
    public void close() {
        context.close();
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "dk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.create("client");
        }
        return database;
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("dakora-client-prompts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
