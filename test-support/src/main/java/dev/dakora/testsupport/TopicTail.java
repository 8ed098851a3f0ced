package dev.dakora.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Follows a topic from its beginning and keeps every record seen, for assertions on records still to come. */
public final class TopicTail implements AutoCloseable {

    private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    public TopicTail(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for the records seen so far; fails after 60 s. */
    public List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> done) {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        while (true) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            if (done.test(seen)) {
                return List.copyOf(seen);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold in " + WAIT_LIMIT + " on " + seen.size() + " records");
            }
        }
    }

    /** Polls for {@code period} more, to catch records that should not come. */
    public List<ConsumerRecord<String, String>> drain(Duration period) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
