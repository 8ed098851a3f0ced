package dev.dakora.llm.lane;

import dev.dakora.common.event.EventJson;
import dev.dakora.llm.messaging.UntilAcknowledged;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The lane's entries in the compacted topic {@code dakora.lane}, keyed by call id, in the partition of the
 * same number as the call's partition of {@code dakora.model-calls}: whoever owns that partition owns its
 * lane entries. A removed call is a tombstone. Writes are acknowledged by every in-sync replica
 * ({@code acks=all}) before they return, trying again (1 s doubling to 30 s) while Kafka is unavailable.
 */
public final class KafkaLaneStore implements LaneStore {

    public static final String TOPIC = "dakora.lane";

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(KafkaLaneStore.class));
    private static final UntilAcknowledged WRITES =
            new UntilAcknowledged("batch-lane-store", Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Producer<String, byte[]> producer;
    private final Supplier<Consumer<String, byte[]>> consumers;

    /** @param consumers makes consumers without a group that read {@link #TOPIC} from its start */
    public KafkaLaneStore(Producer<String, byte[]> producer, Supplier<Consumer<String, byte[]>> consumers) {
        this.producer = producer;
        this.consumers = consumers;
    }

    @Override
    public void save(int partition, List<LaneEntry> entries) throws InterruptedException {
        Map<String, byte[]> values = new LinkedHashMap<>();
        entries.forEach(entry -> values.put(entry.callId(), EventJson.write(entry)));
        write(partition, values);
    }

    @Override
    public void remove(int partition, List<String> callIds) throws InterruptedException {
        Map<String, byte[]> tombstones = new LinkedHashMap<>();
        callIds.forEach(id -> tombstones.put(id, null));
        write(partition, tombstones);
    }

    private void write(int partition, Map<String, byte[]> values) throws InterruptedException {
        WRITES.run(() -> {
            List<Future<RecordMetadata>> sent = new ArrayList<>(values.size());
            values.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(TOPIC, partition, key, value))));
            try {
                for (Future<RecordMetadata> future : sent) {
                    future.get();
                }
            } catch (ExecutionException e) {
                LOG.warn(() -> "batch lane: could not store " + values.size() + " entries of partition " + partition
                        + ", trying again: " + e.getCause().getMessage());
                throw e;
            }
        });
    }

    @Override
    public List<LaneEntry> load(int partition) throws InterruptedException {
        TopicPartition topicPartition = new TopicPartition(TOPIC, partition);
        Map<String, LaneEntry> latest = new LinkedHashMap<>();
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            consumer.assign(List.of(topicPartition));
            consumer.seekToBeginning(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition)).get(topicPartition);
            while (consumer.position(topicPartition) < end) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("stopped while reading " + topicPartition);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), EventJson.read(record.value(), LaneEntry.class));
                    }
                }
            }
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
