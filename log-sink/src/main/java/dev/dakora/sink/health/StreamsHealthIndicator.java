package dev.dakora.sink.health;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.util.function.Supplier;

/**
 * Whether the aggregation topology runs: UP only when Kafka Streams is RUNNING; OUT_OF_SERVICE while it
 * is created or rebalancing (no result is aggregated meanwhile); DOWN when it is stopped, stopping or
 * failed.
 */
final class StreamsHealthIndicator implements HealthIndicator {

    private final Supplier<KafkaStreams.State> state;

    StreamsHealthIndicator(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    /** The state of the client {@code factory} runs; {@code null} while it is not started. */
    static StreamsHealthIndicator of(StreamsBuilderFactoryBean factory) {
        return new StreamsHealthIndicator(() -> {
            KafkaStreams streams = factory.getKafkaStreams();
            return streams == null ? null : streams.state();
        });
    }

    @Override
    public Health health() {
        KafkaStreams.State current = state.get();
        if (current == null) {
            return Health.down().withDetail("state", "not started").build();
        }
        Health.Builder health = switch (current) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.outOfService();
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> Health.down();
        };
        return health.withDetail("state", current.name()).build();
    }
}
