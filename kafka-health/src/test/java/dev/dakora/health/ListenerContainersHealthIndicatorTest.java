package dev.dakora.health;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ListenerContainersHealthIndicatorTest {

    private static final TopicPartition P0 = new TopicPartition("dakora.topic", 0);

    @Test
    void should_be_up_when_every_container_runs_assigned_and_polled_recently() {
        var health = indicator(new Container(true, true, List.of(P0), 1.5)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("c")).asString().contains("assigned_partitions=1");
    }

    @Test
    void should_be_down_when_a_container_is_stopped() {
        var health = indicator(new Container(true, true, List.of(P0), 1), new Container(false, true, List.of(), 0)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("c")).asString().contains("stopped");
    }

    @Test
    void should_be_down_when_one_of_its_consumers_stopped() {
        assertThat(indicator(new Container(true, false, List.of(P0), 1)).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void should_be_out_of_service_when_nothing_is_assigned_or_a_consumer_stopped_polling() {
        assertThat(indicator(new Container(true, true, List.of(), 1)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator(new Container(true, true, List.of(P0), 61)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
    }

    private static ListenerContainersHealthIndicator indicator(Container... containers) {
        return new ListenerContainersHealthIndicator(() -> List.of(containers), Duration.ofSeconds(60));
    }

    private record Container(boolean running, boolean allConsumers, Collection<TopicPartition> assigned,
                             double lastPollSecondsAgo) implements MessageListenerContainer {

        @Override
        public String getListenerId() {
            return "c";
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public boolean isInExpectedState() {
            return allConsumers;
        }

        @Override
        public Collection<TopicPartition> getAssignedPartitions() {
            return assigned;
        }

        @Override
        public Map<String, Map<MetricName, ? extends Metric>> metrics() {
            MetricName name = new MetricName("last-poll-seconds-ago", "consumer-metrics", "", Map.of());
            Metric metric = new Metric() {
                @Override
                public MetricName metricName() {
                    return name;
                }

                @Override
                public Object metricValue() {
                    return lastPollSecondsAgo;
                }
            };
            return Map.of("client-0", Map.of(name, metric));
        }

        @Override
        public void setupMessageListener(Object messageListener) {
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }
}
