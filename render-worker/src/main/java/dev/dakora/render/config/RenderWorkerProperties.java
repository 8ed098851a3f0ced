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
 */
@ConfigurationProperties("dakora.render-worker")
public record RenderWorkerProperties(@DefaultValue TopicSettings topics, @DefaultValue Retry retry,
                                     @DefaultValue("20s") Duration batchTimeBudget) {

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
}
