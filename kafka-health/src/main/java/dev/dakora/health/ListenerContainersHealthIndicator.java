package dev.dakora.health;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Whether the role consumes: every Kafka listener container is running with all its consumers, has
 * partitions assigned, and each consumer polled within {@code maxPollAge} (the Kafka consumer's own
 * {@code last-poll-seconds-ago} metric). A stopped container or consumer is DOWN; one that is not
 * assigned yet or stopped polling is OUT_OF_SERVICE.
 */
public final class ListenerContainersHealthIndicator implements HealthIndicator {

    private static final String LAST_POLL = "last-poll-seconds-ago";

    private final Supplier<? extends Collection<? extends MessageListenerContainer>> containers;
    private final Duration maxPollAge;

    public ListenerContainersHealthIndicator(Supplier<? extends Collection<? extends MessageListenerContainer>> containers,
                                      Duration maxPollAge) {
        this.containers = containers;
        this.maxPollAge = maxPollAge;
    }

    @Override
    public Health health() {
        Status worst = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (MessageListenerContainer container : containers.get()) {
            Map<String, Object> state = new LinkedHashMap<>();
            Status status = check(container, state);
            state.put("status", status.getCode());
            details.put(name(container), state);
            if (rank(status) > rank(worst)) {
                worst = status;
            }
        }
        return Health.status(worst).withDetails(details).build();
    }

    private Status check(MessageListenerContainer container, Map<String, Object> state) {
        if (!container.isRunning()) {
            state.put("reason", "stopped");
            return Status.DOWN;
        }
        if (!container.isInExpectedState()) {
            state.put("reason", "a consumer stopped");
            return Status.DOWN;
        }
        Collection<?> assigned = container.getAssignedPartitions();
        state.put("assigned_partitions", assigned == null ? 0 : assigned.size());
        if (assigned == null || assigned.isEmpty()) {
            state.put("reason", "no partition assigned");
            return Status.OUT_OF_SERVICE;
        }
        double oldestPoll = oldestPollSeconds(container.metrics());
        state.put("last_poll_seconds_ago", oldestPoll);
        if (oldestPoll > maxPollAge.toSeconds()) {
            state.put("reason", "not polled for " + (long) oldestPoll + " s");
            return Status.OUT_OF_SERVICE;
        }
        return Status.UP;
    }

    private static double oldestPollSeconds(Map<String, Map<MetricName, ? extends Metric>> metrics) {
        double oldest = 0;
        for (Map<MetricName, ? extends Metric> client : metrics.values()) {
            for (Map.Entry<MetricName, ? extends Metric> metric : client.entrySet()) {
                if (LAST_POLL.equals(metric.getKey().name()) && metric.getValue().metricValue() instanceof Number n) {
                    oldest = Math.max(oldest, n.doubleValue());
                }
            }
        }
        return oldest;
    }

    private static String name(MessageListenerContainer container) {
        String id = container.getListenerId();
        return id != null ? id : String.valueOf(container.getGroupId());
    }

    private static int rank(Status status) {
        if (Status.DOWN.equals(status)) {
            return 2;
        }
        return Status.OUT_OF_SERVICE.equals(status) ? 1 : 0;
    }
}
