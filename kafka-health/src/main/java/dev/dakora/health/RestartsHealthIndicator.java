package dev.dakora.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;

/**
 * {@code listenerRestarts}: DOWN while the listener container was restarted {@code maxRestarts} times or more
 * within {@code window} (it keeps stopping: a crash loop an operator has to look at), UP otherwise; the details
 * give the restarts within the window and since the start.
 */
public final class RestartsHealthIndicator implements HealthIndicator {

    private final ContainerRestarts restarts;
    private final int maxRestarts;
    private final Duration window;

    public RestartsHealthIndicator(ContainerRestarts restarts, int maxRestarts, Duration window) {
        this.restarts = restarts;
        this.maxRestarts = maxRestarts;
        this.window = window;
    }

    @Override
    public Health health() {
        int recent = restarts.within(window);
        Health.Builder health = recent >= maxRestarts
                ? Health.down().withDetail("reason", "the listener container was restarted " + recent + " times in " + window)
                : Health.up();
        return health.withDetail("restarts_in_window", recent).withDetail("window", window.toString())
                .withDetail("restarts_total", restarts.total()).build();
    }
}
