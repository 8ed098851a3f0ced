package dev.dakora.sink.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the log sink, under {@code dakora.log-sink}.
 *
 * @param topics   how the topics it declares are created
 * @param streams  the aggregation's Kafka Streams client
 * @param consumer the consumers that write to PostgreSQL
 * @param retry    back-off while the database is unavailable (retried without end, nothing is dropped)
 */
@ConfigurationProperties("dakora.log-sink")
public record LogSinkProperties(Topics topics, Streams streams, Consumer consumer, Retry retry) {

    public LogSinkProperties {
        topics = topics == null ? new Topics(0, (short) 0) : topics;
        streams = streams == null ? new Streams(null, null, null, null, null) : streams;
        consumer = consumer == null ? new Consumer(null, 0, 0, null, 0, null) : consumer;
        retry = retry == null ? new Retry(null, 0, null) : retry;
    }

    public record Topics(int partitions, short replicas) {
        public Topics {
            partitions = partitions > 0 ? partitions : 6;
            replicas = replicas > 0 ? replicas : 1;
        }
    }

    /**
     * @param properties        any further Kafka Streams setting, passed as given
     * @param finishedRetention how long a job's or batch's aggregate is kept once final (7 days): as long
     *                          as a call result could be delivered again, that is the input topics' retention
     */
    public record Streams(String applicationId, String stateDir, Duration closeTimeout, Map<String, String> properties,
                          Duration finishedRetention) {
        public Streams {
            applicationId = applicationId == null || applicationId.isBlank() ? "dakora-log-sink" : applicationId;
            stateDir = stateDir == null || stateDir.isBlank()
                    ? System.getProperty("java.io.tmpdir") + "/dakora-log-sink" : stateDir;
            closeTimeout = closeTimeout == null ? Duration.ofSeconds(10) : closeTimeout;
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            finishedRetention = finishedRetention == null ? Duration.ofDays(7) : finishedRetention;
        }
    }

    /**
     * @param groupPrefix   each topic's consumer group is {@code <prefix>.<topic>}
     * @param fetchMinBytes a fetch waits for this much data (Kafka's {@code fetch.min.bytes}) ...
     * @param fetchMaxWait  ... or this long ({@code fetch.max.wait.ms}): the database writers are off every
     *                      request's path, so they take records in fewer, larger fetches, which costs the
     *                      broker and the writers less and makes larger multi-row inserts
     */
    public record Consumer(String groupPrefix, int concurrency, int maxPollRecords, Duration writeTimeout,
                           int fetchMinBytes, Duration fetchMaxWait) {
        public Consumer {
            groupPrefix = groupPrefix == null || groupPrefix.isBlank() ? "dakora-log-sink" : groupPrefix;
            concurrency = concurrency > 0 ? concurrency : 2;
            maxPollRecords = maxPollRecords > 0 ? maxPollRecords : 1000;
            writeTimeout = writeTimeout == null ? Duration.ofSeconds(60) : writeTimeout;
            fetchMinBytes = fetchMinBytes > 0 ? fetchMinBytes : 64 * 1024;
            fetchMaxWait = fetchMaxWait == null ? Duration.ofMillis(100) : fetchMaxWait;
        }
    }

    public record Retry(Duration initialInterval, double multiplier, Duration maxInterval) {
        public Retry {
            initialInterval = initialInterval == null ? Duration.ofMillis(500) : initialInterval;
            multiplier = multiplier >= 1 ? multiplier : 2;
            maxInterval = maxInterval == null ? Duration.ofSeconds(30) : maxInterval;
        }
    }
}
