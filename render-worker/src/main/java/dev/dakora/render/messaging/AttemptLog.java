package dev.dakora.render.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The compacted topic of attempt markers, keyed by input partition: written outside the listener's
 * transaction and awaited, so a marker is on the broker before the render it announces starts, even
 * if the process then dies; read whole when partitions are assigned.
 */
final class AttemptLog implements AttemptStore, AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(AttemptLog.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final KafkaProducer<String, String> producer;

    AttemptLog(String topic, Map<String, Object> producerConfig, Map<String, Object> consumerConfig) {
        this.topic = topic;
        Map<String, Object> producing = new HashMap<>(producerConfig);
        producing.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        producing.put(ProducerConfig.ACKS_CONFIG, "all");
        producing.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(producing, new StringSerializer(), new StringSerializer());
        Map<String, Object> consuming = new HashMap<>(consumerConfig);
        consuming.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consuming.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig = consuming;
    }

    /** Writes every marker and returns once the broker has them all. */
    @Override
    public void write(Map<TopicPartition, AttemptMarker> markers) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(markers.size());
        markers.forEach((partition, marker) -> sends.add(
                producer.send(new ProducerRecord<>(topic, AttemptMarker.key(partition), marker.encode()))));
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing attempt markers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("could not write attempt markers to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, AttemptMarker> readAll() {
        Map<String, AttemptMarker> latest = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, TIMEOUT) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaException("could not read " + topic + " up to " + end);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    try {
                        latest.put(record.key(), AttemptMarker.decode(record.value()));
                    } catch (IllegalArgumentException e) {
                        LOG.warn(() -> "ignored " + e.getMessage() + " in " + topic);
                    }
                });
            }
        }
        return latest;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
