package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the embedded infrastructure keeps its data and which loopback ports it listens on. Read before
 * any Spring context exists, from the same sources Spring Boot reads: {@code --name=value} arguments,
 * system properties and environment variables with relaxed names ({@code DAKORA_DATA_DIR} for
 * {@code dakora.data-dir}). The prompts directory is the gateway's {@code dakora.registry.local.path}
 * ({@code DAKORA_PROMPT_DIR}), {@code ./prompts} by default.
 */
public record StandaloneSettings(Path dataDir, Path promptsDir, String host, int postgresPort, int kafkaPort,
                                 int kafkaControllerPort) {

    static final Path DEFAULT_DATA_DIR = Path.of(".dakora");
    static final Path DEFAULT_PROMPTS_DIR = Path.of("prompts");
    static final String LOOPBACK = "127.0.0.1";
    static final int DEFAULT_POSTGRES_PORT = 54329;
    static final int DEFAULT_KAFKA_PORT = 54392;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 54393;

    public StandaloneSettings {
        if (dataDir == null) {
            throw new IllegalArgumentException("dakora.data-dir must not be empty");
        }
        if (promptsDir == null) {
            throw new IllegalArgumentException("dakora.registry.local.path must not be empty");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        promptsDir = promptsDir.toAbsolutePath().normalize();
        requirePort("dakora.standalone.postgres.port", postgresPort);
        requirePort("dakora.standalone.kafka.port", kafkaPort);
        requirePort("dakora.standalone.kafka.controller-port", kafkaControllerPort);
    }

    /** Settings from the command line arguments, system properties and environment variables. */
    public static StandaloneSettings from(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        return new StandaloneSettings(
                binder.bind("dakora.data-dir", Path.class).orElse(DEFAULT_DATA_DIR),
                binder.bind("dakora.registry.local.path", Path.class)
                        .orElseGet(() -> Path.of(environment.getProperty("DAKORA_PROMPT_DIR", DEFAULT_PROMPTS_DIR.toString()))),
                LOOPBACK,
                binder.bind("dakora.standalone.postgres.port", Integer.class).orElse(DEFAULT_POSTGRES_PORT),
                binder.bind("dakora.standalone.kafka.port", Integer.class).orElse(DEFAULT_KAFKA_PORT),
                binder.bind("dakora.standalone.kafka.controller-port", Integer.class)
                        .orElse(DEFAULT_KAFKA_CONTROLLER_PORT));
    }

    /** Creates the prompts directory when it is missing. */
    void createPromptsDir() {
        try {
            Files.createDirectories(promptsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + promptsDir + ": " + e.getMessage(), e);
        }
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port between 1 and 65535, got " + port);
        }
    }
}
