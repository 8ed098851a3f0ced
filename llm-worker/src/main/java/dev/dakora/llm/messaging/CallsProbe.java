package dev.dakora.llm.messaging;

import dev.dakora.common.event.Topics;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.List;

/**
 * Looks up, for the {@link ResultsReader}, when the first redelivered call of a window was requested, and
 * whether the call and result topics are co-partitioned. Used by the reader's thread only.
 */
final class CallsProbe {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(CallsProbe.class));
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Consumer<byte[], byte[]> consumer;
    private Boolean coPartitioned;

    CallsProbe(Consumer<byte[], byte[]> consumer) {
        this.consumer = consumer;
    }

    /** The timestamp of the record at {@code offset}, or null if none comes within 5 s. */
    Long timestampAt(TopicPartition partition, long offset) {
        consumer.assign(List.of(partition));
        consumer.seek(partition, offset);
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    return record.timestamp();
                }
            }
            return null;
        } finally {
            consumer.assign(List.of());
        }
    }

    /** Whether {@code callsTopic} and the results topic have as many partitions; warns once if not. */
    boolean coPartitioned(String callsTopic) {
        if (coPartitioned == null) {
            int calls = consumer.partitionsFor(callsTopic).size();
            int results = consumer.partitionsFor(Topics.CALL_RESULTS.name()).size();
            coPartitioned = calls == results;
            if (!coPartitioned) {
                LOG.warn(() -> "call ledger off: " + callsTopic + " has " + calls + " partitions and "
                        + Topics.CALL_RESULTS.name() + " " + results + "; give both the same count");
            }
        }
        return coPartitioned;
    }
}
