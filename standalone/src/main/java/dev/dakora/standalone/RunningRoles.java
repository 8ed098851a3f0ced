package dev.dakora.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The roles of one standalone and the contexts of those running, by name, with what starts one again
 * (the launcher and the arguments of the first start). Not thread-safe: {@link Standalone} guards it.
 */
final class RunningRoles {

    private static final Logger log = LoggerFactory.getLogger(RunningRoles.class);

    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private RoleLauncher launcher;
    private String[] args = new String[0];

    void prepare(RoleLauncher roleLauncher, List<Role> startOrder, String[] arguments) {
        launcher = roleLauncher;
        args = arguments.clone();
        for (Role role : startOrder) {
            if (roles.putIfAbsent(role.name(), role) != null) {
                throw new IllegalArgumentException("Two roles are named " + role.name());
            }
        }
    }

    /** Starts a role with the arguments of the first start and returns its context, not yet recorded. */
    ConfigurableApplicationContext launch(Role role) {
        return launcher.start(role, args);
    }

    void started(String name, ConfigurableApplicationContext context) {
        contexts.put(name, context);
    }

    void stop(String name) {
        requireRole(name);
        ConfigurableApplicationContext context = contexts.remove(name);
        if (context == null) {
            throw new IllegalStateException("The role " + name + " is not running");
        }
        context.close();
    }

    void startAgain(String name) {
        requireRole(name);
        if (contexts.containsKey(name)) {
            throw new IllegalStateException("The role " + name + " is already running");
        }
        contexts.put(name, launch(roles.get(name)));
    }

    private void requireRole(String name) {
        if (!roles.containsKey(name)) {
            throw new IllegalArgumentException("No role named " + name + "; the roles are " + roles.keySet());
        }
    }

    List<Role> roles() {
        return List.copyOf(roles.values());
    }

    List<ConfigurableApplicationContext> contexts() {
        return List.copyOf(contexts.values());
    }

    Optional<ConfigurableApplicationContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** The port of the first of {@code contexts} that runs a web server. */
    static Optional<Integer> webPort(List<ConfigurableApplicationContext> contexts) {
        return contexts.stream()
                .map(context -> context.getEnvironment().getProperty("local.server.port", Integer.class))
                .filter(port -> port != null)
                .findFirst();
    }

    /** Closes every running role, the last started first; a role that fails to stop is logged. */
    void stopAll() {
        for (ConfigurableApplicationContext context : new ArrayList<>(contexts.values()).reversed()) {
            try {
                context.close();
            } catch (RuntimeException e) {
                log.warn("A role did not stop cleanly: {}", e.getMessage());
            }
        }
        contexts.clear();
    }
}
