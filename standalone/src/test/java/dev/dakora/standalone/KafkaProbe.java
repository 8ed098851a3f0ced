package dev.dakora.standalone;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Raw records in and out of the standalone's broker, for what HTTP cannot reach: poison records. */
final class KafkaProbe {

    private KafkaProbe() {
    }

    static void send(String bootstrap, String topic, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, "poison".getBytes(), value)).get();
        }
    }

    /** How many records of the topic, from its start to its end now, have a value containing {@code text}. */
    static long countContaining(String bootstrap, String topic, String text) {
        try (KafkaConsumer<byte[], byte[]> consumer = fromStart(bootstrap, topic)) {
            List<TopicPartition> partitions = List.copyOf(consumer.assignment());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (new String(record.value(), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    /** Reads the topic from the start until a record with this value shows up or the patience runs out. */
    static boolean awaitValue(String bootstrap, String topic, byte[] value, Duration patience) {
        try (KafkaConsumer<byte[], byte[]> consumer = fromStart(bootstrap, topic)) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (Arrays.equals(record.value(), value)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A consumer of every partition of the topic, at its start, committing nothing. */
    private static KafkaConsumer<byte[], byte[]> fromStart(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
