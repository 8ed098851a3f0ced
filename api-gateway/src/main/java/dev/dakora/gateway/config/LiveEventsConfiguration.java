package dev.dakora.gateway.config;

import dev.dakora.common.event.Topics;
import dev.dakora.gateway.messaging.KafkaHealth;
import dev.dakora.gateway.messaging.LiveEventListener;
import dev.dakora.gateway.messaging.LiveEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The live feed: every gateway instance follows {@code dakora.call-results} and {@code dakora.results}
 * in a consumer group of its own (a random id), from the latest offset, reading committed records only.
 */
@Configuration(proxyBeanMethods = false)
class LiveEventsConfiguration {

    @Bean(destroyMethod = "close")
    KafkaHealth kafkaHealth(KafkaAdmin admin) {
        return new KafkaHealth(admin.getConfigurationProperties(), Duration.ofSeconds(5));
    }

    @Bean
    LiveEvents liveEvents() {
        return new LiveEvents();
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> liveEventsContainer(KafkaProperties kafka, LiveEvents events) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dakora-gateway-live-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties container = new ContainerProperties(Topics.CALL_RESULTS.name(), Topics.RESULTS.name());
        container.setMessageListener(new LiveEventListener(events));
        return new ConcurrentMessageListenerContainer<>(factory, container);
    }
}
