package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experiments' definitions, read from every partition of the compacted {@code dakora.experiments}
 * (read committed, no consumer group). An experiment not seen yet makes it read every partition to its
 * end first, so a definition the gateway published before its batches is always found. A definition
 * that cannot be read is skipped (logged); a tombstone forgets the experiment. Each definition read is
 * reported to a {@link Reads} with its record's headers (a reader's tracing continues the trace of the
 * experiment's submission there).
 */
public final class ExperimentCatalog implements AutoCloseable {

    /** Told of every definition read, with the headers of its record. */
    @FunctionalInterface
    public interface Reads {

        Reads NONE = (headers, experimentId) -> { };

        void read(Headers headers, String experimentId);
    }

    private static final System.Logger LOG = System.getLogger(ExperimentCatalog.class.getName());

    private final Consumer<String, byte[]> consumer;
    private final Duration timeout;
    private final Reads reads;
    private final Map<String, ExperimentDefined> definitions = new HashMap<>();

    /**
     * A catalog reading with a consumer of its own made from {@code consumerConfig} (the cluster's settings):
     * no group, no auto commit, read committed, client id {@code clientId}.
     */
    public static ExperimentCatalog reading(Map<String, Object> consumerConfig, String clientId, Duration timeout,
                                            Reads reads) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return new ExperimentCatalog(new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()), timeout,
                reads);
    }

    public ExperimentCatalog(Consumer<String, byte[]> consumer, Duration timeout) {
        this(consumer, timeout, Reads.NONE);
    }

    public ExperimentCatalog(Consumer<String, byte[]> consumer, Duration timeout, Reads reads) {
        this.consumer = consumer;
        this.timeout = timeout;
        this.reads = reads;
    }

    /**
     * @throws IllegalStateException when the topic cannot be read to its end within the timeout
     */
    public synchronized Optional<ExperimentDefined> find(String experimentId) {
        ExperimentDefined known = definitions.get(experimentId);
        if (known == null) {
            readToEnd();
            known = definitions.get(experimentId);
        }
        return Optional.ofNullable(known);
    }

    private void readToEnd() {
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(Topics.EXPERIMENTS.name(), timeout);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalStateException("topic " + Topics.EXPERIMENTS.name() + " has no partitions yet");
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + Topics.EXPERIMENTS.name() + " to its end in " + timeout);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                apply(record);
            }
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey(), timeout) >= end.getValue());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            definitions.remove(record.key());
            return;
        }
        ExperimentDefined defined;
        try {
            defined = EventJson.read(record.value(), ExperimentDefined.class);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "skipping the unreadable experiment definition at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage());
            return;
        }
        definitions.put(defined.experimentId(), defined);
        reads.read(record.headers(), defined.experimentId());
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
