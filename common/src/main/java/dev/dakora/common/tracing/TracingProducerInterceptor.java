package dev.dakora.common.tracing;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.Map;

/**
 * Writes the sending thread's current trace context into each record's headers before it is sent
 * (a template's {@code setProducerInterceptor}). Unlike a template's observation it never asks the
 * cluster anything, so a send with Kafka down fails as fast as it did without tracing.
 */
public final class TracingProducerInterceptor<K, V> implements ProducerInterceptor<K, V> {

    private final KafkaTracing tracing;

    public TracingProducerInterceptor(KafkaTracing tracing) {
        this.tracing = tracing;
    }

    @Override
    public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
        tracing.inject(record.headers());
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
