package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: the embedded servers, then each role's Spring application in order.
 * {@link #close()} stops the roles in reverse order, then Kafka, then PostgreSQL; it may be called at
 * any time, also while {@link #start} runs on another thread (a Ctrl-C during startup): what has
 * started is stopped and the start ends with an exception. Each role's context is kept under the
 * role's name, so that one role can be stopped and started again alone ({@link #stopRole},
 * {@link #startRole}) while the others run on. {@link #run} returns once every role reports UP
 * ({@link RoleHealth}): consumers assigned and polling, streams running.
 */
public final class Standalone implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Standalone.class);
    /** How long the roles may take, once started, to have their consumers assigned and streams running. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final StandaloneSettings settings;
    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private RoleLauncher launcher;
    private String[] args = new String[0];
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
            prepare(new RoleLauncher(shared, RoleDefaults.properties(), new StandaloneRoles(this)), roles, args);
            for (Role role : roles) {
                started(role.name(), launcher.start(role, args));
            }
            ReadyWait.await(this, READY_TIMEOUT);
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

    private synchronized void prepare(RoleLauncher roleLauncher, List<Role> startOrder, String[] arguments) {
        launcher = roleLauncher;
        args = arguments.clone();
        for (Role role : startOrder) {
            if (roles.putIfAbsent(role.name(), role) != null) {
                throw new IllegalArgumentException("Two roles are named " + role.name());
            }
        }
    }

    private synchronized void started(String name, ConfigurableApplicationContext context) {
        contexts.put(name, context);
        failIfClosed();
    }

    /** Stops one running role, leaving the servers and the other roles running. */
    public synchronized void stopRole(String name) {
        requireRole(name);
        ConfigurableApplicationContext context = contexts.remove(name);
        if (context == null) {
            throw new IllegalStateException("The role " + name + " is not running");
        }
        context.close();
    }

    /** Starts again a role stopped by {@link #stopRole}, with the arguments of the first start. */
    public synchronized void startRole(String name) {
        requireRole(name);
        if (closed || starting || infrastructure == null) {
            throw new IllegalStateException("The standalone is not running");
        }
        if (contexts.containsKey(name)) {
            throw new IllegalStateException("The role " + name + " is already running");
        }
        contexts.put(name, launcher.start(roles.get(name), args));
    }

    private void requireRole(String name) {
        if (!roles.containsKey(name)) {
            throw new IllegalArgumentException("No role named " + name + "; the roles are " + roles.keySet());
        }
    }

    void failIfClosed() {
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

    synchronized List<Role> roles() {
        return List.copyOf(roles.values());
    }

    synchronized List<ConfigurableApplicationContext> contexts() {
        return List.copyOf(contexts.values());
    }

    /** The context of a running role. */
    synchronized Optional<ConfigurableApplicationContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
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
        for (ConfigurableApplicationContext context : new ArrayList<>(contexts.values()).reversed()) {
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
