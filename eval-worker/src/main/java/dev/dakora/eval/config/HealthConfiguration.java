package dev.dakora.eval.config;

import dev.dakora.health.ListenerContainersHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** The worker's health: {@code kafkaConsumers}, its listener container assigned and polling. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry,
                                                                    EvalWorkerProperties properties) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, properties.maxPollAge());
    }
}
