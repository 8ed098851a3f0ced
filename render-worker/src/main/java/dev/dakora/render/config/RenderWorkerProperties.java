package dev.dakora.render.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The render worker's own settings ({@code dakora.render-worker.*}); Kafka connection, consumer group,
 * transactions and listener concurrency are Spring Boot's {@code spring.kafka.*} keys.
 *
 * @param topics how the topics it reads and writes are created when missing
 * @param retry           how a poll batch whose transaction rolled back (e.g. the broker is unreachable) is retried
 * @param batchTimeBudget how long one poll batch may render before the worker commits what it has and
 *                        polls the rest again; with one render bounded by {@code dakora.render.timeout},
 *                        the two together must stay below the producer's {@code transaction.timeout.ms}
 * @param crashLoop       when a record that kills the worker is given up
 * @param restartDelay    how long after a listener container stopped on an error it is started again
 * @param maxPollAge      the health check's bound on the time since a consumer last polled; above it
 *                        the worker is out of service
 */
@ConfigurationProperties("dakora.render-worker")
public record RenderWorkerProperties(@DefaultValue TopicSettings topics, @DefaultValue Retry retry,
                                     @DefaultValue("20s") Duration batchTimeBudget, @DefaultValue CrashLoop crashLoop,
                                     @DefaultValue("5s") Duration restartDelay,
                                     @DefaultValue("60s") Duration maxPollAge) {

    /**
     * @param maxMessageBytes {@code max.message.bytes} of the output topics: a rendered prompt may be up
     *                        to {@code dakora.render.max-output-chars} characters, above the broker's
     *                        1 MB default once encoded
     */
    public record TopicSettings(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor,
                                @DefaultValue("8388608") int maxMessageBytes) {
    }

    /** Exponential backoff between attempts, without a limit on their number: no job is dropped. */
    public record Retry(@DefaultValue("200ms") Duration initialInterval, @DefaultValue("10s") Duration maxInterval) {
    }

    /**
     * @param maxAttempts how many times rendering one record may stop the worker (the JVM dies) before
     *                    the job fails and the record goes to {@code dakora.jobs-dlt} unrendered
     * @param topic       the compacted topic of attempt markers, one key per partition of {@code dakora.jobs}
     */
    public record CrashLoop(@DefaultValue("3") int maxAttempts, @DefaultValue("dakora.render-attempts") String topic) {
    }
}
