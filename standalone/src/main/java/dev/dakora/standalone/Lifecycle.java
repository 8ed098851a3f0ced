package dev.dakora.standalone;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one {@link Standalone} has started (the servers, the roles) and whether it is starting or closed,
 * all under one lock. A start records each part as soon as it is up and fails at its next step once a
 * close was asked for; a close waits for a start in progress to reach that step, then stops the roles,
 * the last started first, and then the servers. A standalone starts at most once.
 */
final class Lifecycle {

    private final RunningRoles running = new RunningRoles();
    private Infrastructure infrastructure;
    private boolean starting;
    private volatile boolean closed;

    /** @throws IllegalStateException when this standalone was started or closed before */
    synchronized void beginStart() {
        if (closed || starting) {
            throw new IllegalStateException("This standalone was already started");
        }
        starting = true;
    }

    /** Ends a start, done or failed, and wakes a close waiting for it. */
    synchronized void endStart() {
        starting = false;
        notifyAll();
    }

    synchronized void started(Infrastructure servers) {
        infrastructure = servers;
        failIfClosed();
    }

    synchronized void prepare(RoleLauncher roleLauncher, List<Role> startOrder, String[] arguments) {
        running.prepare(roleLauncher, startOrder, arguments);
    }

    /**
     * Starts one role and records its context; when a close was asked for meanwhile, fails with the context
     * recorded, so that the stop that follows closes it too.
     */
    void launch(Role role) {
        ConfigurableApplicationContext context = running.launch(role);
        synchronized (this) {
            running.started(role.name(), context);
            failIfClosed();
        }
    }

    synchronized void stopRole(String name) {
        running.stop(name);
    }

    synchronized void startRole(String name) {
        if (closed || starting || infrastructure == null) {
            throw new IllegalStateException("The standalone is not running");
        }
        running.startAgain(name);
    }

    synchronized void failIfClosed() {
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
        }
    }

    boolean closed() {
        return closed;
    }

    synchronized boolean isStarting() {
        return starting;
    }

    synchronized Infrastructure infrastructure() {
        return infrastructure;
    }

    synchronized List<Role> roles() {
        return running.roles();
    }

    synchronized List<ConfigurableApplicationContext> contexts() {
        return running.contexts();
    }

    synchronized Optional<ConfigurableApplicationContext> context(String name) {
        return running.context(name);
    }

    /** Marks this standalone closed, waits for a start in progress to end, then stops everything. */
    synchronized void close() {
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

    synchronized void stopAll() {
        running.stopAll();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }
}
