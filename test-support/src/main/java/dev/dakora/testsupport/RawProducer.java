package dev.dakora.testsupport;

import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a Spring test class with {@code @EmbeddedKafka}: a producer of raw records (string keys, byte values,
 * no transactions) to the test context's broker, opened before the class's tests and closed after them.
 * Registered as {@code @RegisterExtension static final RawProducer producer = new RawProducer();}.
 */
public final class RawProducer implements BeforeAllCallback, AfterAllCallback {

    private volatile KafkaProducer<String, byte[]> producer;

    @Override
    public void beforeAll(ExtensionContext context) {
        String servers = SpringExtension.getApplicationContext(context).getBean(EmbeddedKafkaBroker.class).getBrokersAsString();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new ByteArraySerializer());
    }

    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        producer.close();
    }
}
