package dev.dakora.eval.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The eval worker's own settings ({@code dakora.eval-worker.*}); Kafka connection, consumer group,
 * transactions and listener concurrency are Spring Boot's {@code spring.kafka.*} keys.
 *
 * @param topics              how the topics it reads and writes are created when missing
 * @param retry               how a poll batch whose transaction rolled back is retried
 * @param experimentsTimeout  how long reading {@code dakora.experiments} to its end may take before
 *                            the batch rolls back and is retried
 * @param compiledExperiments how many experiments' compiled assertions are kept
 * @param maxPollAge          the health check's bound on the time since a consumer last polled
 * @param restarts            when a listener container stopped by an error is started again, and when its
 *                            restarts make the {@code listenerRestarts} health DOWN
 */
@ConfigurationProperties("dakora.eval-worker")
public record EvalWorkerProperties(@DefaultValue Topics topics, @DefaultValue Retry retry,
                                   @DefaultValue("30s") Duration experimentsTimeout,
                                   @DefaultValue("256") int compiledExperiments,
                                   @DefaultValue("60s") Duration maxPollAge, @DefaultValue Restarts restarts) {

    public record Topics(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {
    }

    /** A stopped container starts again after {@code delay}; {@code maxInWindow} restarts within {@code window} are a crash loop. */
    public record Restarts(@DefaultValue("5s") Duration delay, @DefaultValue("3") int maxInWindow,
                           @DefaultValue("10m") Duration window) {
    }

    /** Exponential backoff between attempts, without a limit on their number: no result is dropped. */
    public record Retry(@DefaultValue("200ms") Duration initialInterval, @DefaultValue("10s") Duration maxInterval) {
    }
}
