package dev.dakora.standalone;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Waits, once every role has started, until each reports UP ({@link RoleHealth}): consumers assigned
 * and polling, streams running, the gateway's own checks passing. The standalone reports ready only
 * then; past the timeout it fails to start and names what was not ready. The gateway's {@code roles}
 * check is left out here: it repeats the other roles' health, each checked on its own, and holds the
 * gateway out of service until the warm-up, which runs after this wait, has run.
 */
final class ReadyWait {

    private static final Duration INTERVAL = Duration.ofMillis(100);
    /** The gateway's check of the other roles ({@code RolesHealthIndicator}). */
    private static final String IGNORED = "roles";

    private ReadyWait() {
    }

    static void await(Standalone standalone, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Health> notReady = notReady(standalone);
        while (!notReady.isEmpty()) {
            synchronized (standalone) {
                standalone.failIfClosed();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not ready after " + timeout.toSeconds() + " s: " + notReady);
            }
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the roles to be ready", e);
            }
            notReady = notReady(standalone);
        }
    }

    static Map<String, Health> notReady(Standalone standalone) {
        Map<String, Health> notReady = new LinkedHashMap<>();
        for (Role role : standalone.roles()) {
            Health health = RoleHealth.of(standalone.context(role.name()).orElse(null), IGNORED);
            if (!Status.UP.equals(health.getStatus())) {
                notReady.put(role.name(), health);
            }
        }
        return notReady;
    }
}
