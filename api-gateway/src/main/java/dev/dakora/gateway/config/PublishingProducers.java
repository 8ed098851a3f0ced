package dev.dakora.gateway.config;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.util.Map;
import java.util.UUID;

/**
 * The settings of every producer the gateway publishes accepted work with: idempotent, acknowledged by all
 * in-sync replicas, and bounded by {@code dakora.jobs.publish-timeout} (blocking for metadata, each request,
 * and the whole delivery a second longer), so a send answers within the time the HTTP request waits for it.
 */
final class PublishingProducers {

    private PublishingProducers() {
    }

    /** Spring's producer properties with the publishing bounds, the given linger and a unique client id. */
    static Map<String, Object> settings(KafkaProperties kafka, DakoraProperties properties, String clientIdPrefix,
                                        int lingerMs) {
        Map<String, Object> config = kafka.buildProducerProperties();
        int timeoutMs = (int) properties.jobs().publishTimeout().toMillis();
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 1000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientIdPrefix + UUID.randomUUID());
        return config;
    }
}
