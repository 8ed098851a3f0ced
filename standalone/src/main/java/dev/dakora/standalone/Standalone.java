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
 * {@link #close()} stops the roles in reverse order, then Kafka, then PostgreSQL; it may be called at
 * any time, also while {@link #start} runs on another thread (a Ctrl-C during startup): what has
 * started is stopped and the start ends with an exception.
 */
public final class Standalone implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Standalone.class);

    private final StandaloneSettings settings;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private Infrastructure infrastructure;
    private boolean starting;
    private boolean closed;

    public Standalone(StandaloneSettings settings) {
        this.settings = settings;
    }

    /** Starts and returns a standalone; on any failure stops what already started and rethrows. */
    public static Standalone start(StandaloneSettings settings, List<Role> roles, String... args) {
        Standalone standalone = new Standalone(settings);
        standalone.run(roles, args);
        return standalone;
    }

    /** Starts the servers, then the roles. */
    public void run(List<Role> roles, String... args) {
        synchronized (this) {
            if (closed || starting) {
                throw new IllegalStateException("This standalone was already started");
            }
            starting = true;
        }
        try {
            createDirectory(settings.promptsDir());
            started(Infrastructure.start(settings));
            Map<String, Object> shared = new HashMap<>(infrastructure().roleProperties());
            shared.put("dakora.registry.local.path", settings.promptsDir().toString());
            shared.put("spring.kafka.streams.state-dir", settings.dataDir().resolve("kafka-streams").toString());
            RoleLauncher launcher = new RoleLauncher(shared, RoleDefaults.properties());
            for (Role role : roles) {
                started(launcher.start(role, args));
            }
        } catch (RuntimeException e) {
            stopAll();
            throw e;
        } finally {
            synchronized (this) {
                starting = false;
                notifyAll();
            }
        }
    }

    private synchronized void started(Infrastructure servers) {
        infrastructure = servers;
        failIfClosed();
    }

    private synchronized void started(ConfigurableApplicationContext context) {
        contexts.add(context);
        failIfClosed();
    }

    private void failIfClosed() {
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
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

    synchronized boolean isStarting() {
        return starting;
    }

    synchronized Infrastructure infrastructure() {
        return infrastructure;
    }

    synchronized List<ConfigurableApplicationContext> contexts() {
        return List.copyOf(contexts);
    }

    /** The port of the first role that runs a web server. */
    public Optional<Integer> webPort() {
        return contexts().stream()
                .map(context -> context.getEnvironment().getProperty("local.server.port", Integer.class))
                .filter(port -> port != null)
                .findFirst();
    }

    /** Stops everything; waits for a start in progress to reach its next step first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (starting) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stopAll();
    }

    private synchronized void stopAll() {
        for (ConfigurableApplicationContext context : contexts.reversed()) {
            try {
                context.close();
            } catch (RuntimeException e) {
                log.warn("A role did not stop cleanly: {}", e.getMessage());
            }
        }
        contexts.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }
}
