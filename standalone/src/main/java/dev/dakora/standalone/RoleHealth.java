package dev.dakora.standalone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One role's health, read from its own Spring context: every health contributor it registered (its
 * Kafka consumers, Kafka Streams, its database, ...), the worst status first: DOWN, OUT_OF_SERVICE,
 * UNKNOWN, UP. A closed context is DOWN. The details name each contributor that is not UP.
 */
final class RoleHealth {

    private static final List<Status> WORST_FIRST = List.of(Status.DOWN, Status.OUT_OF_SERVICE, Status.UNKNOWN, Status.UP);

    private RoleHealth() {
    }

    static Health of(ConfigurableApplicationContext context) {
        return of(context, null);
    }

    /** The same, leaving out the top-level contributor named {@code ignored}. */
    static Health of(ConfigurableApplicationContext context, String ignored) {
        if (context == null || !context.isActive()) {
            return Health.down().withDetail("role", "not running").build();
        }
        Map<String, Object> notUp = new LinkedHashMap<>();
        Status[] worst = {Status.UP};
        context.getBeanProvider(HealthContributorRegistry.class)
                .ifAvailable(registry -> visit("", registry, ignored, notUp, worst));
        context.getBeanProvider(ReactiveHealthContributorRegistry.class)
                .ifAvailable(registry -> visit("", registry.asHealthContributors(), ignored, notUp, worst));
        return Health.status(worst[0]).withDetails(notUp).build();
    }

    private static void visit(String prefix, HealthContributors contributors, String ignored, Map<String, Object> notUp,
                              Status[] worst) {
        for (HealthContributors.Entry entry : contributors) {
            String name = prefix + entry.name();
            if (name.equals(ignored)) {
                continue;
            }
            if (entry.contributor() instanceof CompositeHealthContributor composite) {
                visit(name + ".", composite, null, notUp, worst);
            } else if (entry.contributor() instanceof HealthIndicator indicator) {
                Status status = statusOf(indicator);
                if (!Status.UP.equals(status)) {
                    notUp.put(name, status.getCode());
                }
                if (rank(status) < rank(worst[0])) {
                    worst[0] = status;
                }
            }
        }
    }

    private static Status statusOf(HealthIndicator indicator) {
        try {
            return indicator.health().getStatus();
        } catch (RuntimeException e) {
            return Status.DOWN;
        }
    }

    private static int rank(Status status) {
        int index = WORST_FIRST.indexOf(status);
        return index < 0 ? WORST_FIRST.indexOf(Status.UNKNOWN) : index;
    }
}
