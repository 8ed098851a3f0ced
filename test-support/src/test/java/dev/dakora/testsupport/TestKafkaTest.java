package dev.dakora.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestKafkaTest {

    @Test
    void should_read_committed_records_and_skip_aborted_ones() {
        TestKafka.createTopics("support.committed");
        try (KafkaProducer<String, String> producer = transactional("support-tx")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("support.committed", "k", "kept"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("support.committed", "k", "aborted"));
            producer.flush();
            producer.abortTransaction();
        }

        TopicReader reader = new TopicReader(TestKafka.bootstrapServers());
        List<String> committed = values(reader.readAll("support.committed"));
        List<String> uncommitted = values(reader.readAll("support.committed", new StringDeserializer(), IsolationLevel.READ_UNCOMMITTED));

        assertThat(committed).containsExactly("kept");
        assertThat(uncommitted).containsExactly("kept", "aborted");
    }

    @Test
    void should_create_a_topic_once_and_leave_an_existing_one_alone() {
        TestKafka.createTopics(3, "support.twice");
        TestKafka.createTopics(1, "support.twice");

        TopicReader reader = new TopicReader(TestKafka.bootstrapServers());

        assertThat(reader.readAll("support.twice")).isEmpty();
    }

    @Test
    void should_follow_a_topic_until_the_records_wanted_came() {
        TestKafka.createTopics("support.tail");
        try (TopicTail tail = new TopicTail(TestKafka.bootstrapServers(), "support.tail");
             KafkaProducer<String, String> producer = plain()) {
            producer.send(new ProducerRecord<>("support.tail", "k", "one"));
            producer.send(new ProducerRecord<>("support.tail", "k", "two"));

            List<ConsumerRecord<String, String>> seen = tail.until(records -> records.size() == 2);

            assertThat(values(seen)).containsExactly("one", "two");
            assertThat(tail.drain(Duration.ofMillis(500))).hasSize(2);
        }
    }

    private static KafkaProducer<String, String> transactional(String id) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, id), new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> plain() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
