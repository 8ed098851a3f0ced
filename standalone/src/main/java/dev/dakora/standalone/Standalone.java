package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: the embedded servers, then each role's Spring application in order.
 * {@link #close()} stops the roles in reverse order, then Kafka, then PostgreSQL. Idempotent, so both
 * the JVM shutdown hook and a caller may close it.
 */
public final class Standalone implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Standalone.class);

    private final StandaloneSettings settings;
    private final Infrastructure infrastructure;
    private final List<ConfigurableApplicationContext> contexts;
    private boolean closed;

    private Standalone(StandaloneSettings settings, Infrastructure infrastructure,
                       List<ConfigurableApplicationContext> contexts) {
        this.settings = settings;
        this.infrastructure = infrastructure;
        this.contexts = contexts;
    }

    /** Starts the servers, then the roles; on any failure stops what already started and rethrows. */
    public static Standalone start(StandaloneSettings settings, List<Role> roles, String... args) {
        createDirectory(settings.promptsDir());
        Infrastructure infrastructure = Infrastructure.start(settings);
        Map<String, Object> shared = new HashMap<>(infrastructure.roleProperties());
        shared.put("dakora.registry.local.path", settings.promptsDir().toString());
        RoleLauncher launcher = new RoleLauncher(shared, RoleDefaults.properties());
        Standalone standalone = new Standalone(settings, infrastructure, new ArrayList<>());
        try {
            for (Role role : roles) {
                standalone.contexts.add(launcher.start(role, args));
            }
            return standalone;
        } catch (RuntimeException e) {
            standalone.close();
            throw e;
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory + ": " + e.getMessage(), e);
        }
    }

    public StandaloneSettings settings() {
        return settings;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    List<ConfigurableApplicationContext> contexts() {
        return List.copyOf(contexts);
    }

    /** The port of the first role that runs a web server. */
    public Optional<Integer> webPort() {
        return contexts.stream()
                .map(context -> context.getEnvironment().getProperty("local.server.port", Integer.class))
                .filter(port -> port != null)
                .findFirst();
    }

    public Map<String, Object> infrastructureProperties() {
        return infrastructure.roleProperties();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ConfigurableApplicationContext context : contexts.reversed()) {
            try {
                context.close();
            } catch (RuntimeException e) {
                log.warn("A role did not stop cleanly: {}", e.getMessage());
            }
        }
        infrastructure.close();
    }
}
