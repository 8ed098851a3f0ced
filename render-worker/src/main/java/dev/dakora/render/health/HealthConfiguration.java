package dev.dakora.render.health;

import dev.dakora.health.ContainerRestarts;
import dev.dakora.health.ListenerContainersHealthIndicator;
import dev.dakora.render.config.RenderWorkerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Clock;

/** The worker's health ({@code kafkaConsumers}) and the restart of containers stopped by an error. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry,
                                                                    RenderWorkerProperties properties) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, properties.maxPollAge());
    }

    @Bean(destroyMethod = "close")
    ContainerRestarts containerRestarts(RenderWorkerProperties properties) {
        return new ContainerRestarts(properties.restartDelay(), Clock.systemUTC());
    }
}
