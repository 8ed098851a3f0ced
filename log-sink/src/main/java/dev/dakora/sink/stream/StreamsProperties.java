package dev.dakora.sink.stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

import java.util.Map;
import java.util.Properties;

/**
 * The aggregation's Kafka Streams settings: exactly-once (v2), so a state store update, its changelog,
 * the repartitioned signals and the results it emits commit together with the input offsets. Records
 * that do not deserialize are logged and skipped here: the log sink's consumers of the same topics
 * route them to {@code <topic>-dlt}, once. A record whose processing throws is logged and skipped too,
 * so that it cannot stop its partition.
 */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    public static Properties of(String applicationId, String bootstrapServers, String stateDir,
                                Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // a result goes out as soon as it is aggregated (Kafka Streams' own default waits 100 ms to fill a
        // batch): the gateway's live feed reads it before the transaction commits
        properties.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
        properties.putAll(overrides);
        return properties;
    }
}
