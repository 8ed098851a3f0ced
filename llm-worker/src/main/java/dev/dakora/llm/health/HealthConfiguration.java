package dev.dakora.llm.health;

import dev.dakora.health.ListenerContainersHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;

/** The LLM worker's health: {@code kafkaConsumers}, its model-call and cancellation consumers. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    private static final Duration MAX_POLL_AGE = Duration.ofSeconds(60);

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, MAX_POLL_AGE);
    }
}
