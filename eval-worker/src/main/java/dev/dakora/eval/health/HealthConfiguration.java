package dev.dakora.eval.health;

import dev.dakora.eval.config.EvalWorkerProperties;
import dev.dakora.health.ContainerRestarts;
import dev.dakora.health.ListenerContainersHealthIndicator;
import dev.dakora.health.RestartsHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Clock;

/**
 * The worker's health: {@code kafkaConsumers} (its listener container assigned and polling) and
 * {@code listenerRestarts} (the container is not stopping again and again), and the restart of a container
 * stopped by an error.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry,
                                                                    EvalWorkerProperties properties) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, properties.maxPollAge());
    }

    @Bean(destroyMethod = "close")
    ContainerRestarts containerRestarts(EvalWorkerProperties properties) {
        return new ContainerRestarts(properties.restarts().delay(), Clock.systemUTC());
    }

    @Bean
    RestartsHealthIndicator listenerRestartsHealthIndicator(ContainerRestarts restarts, EvalWorkerProperties properties) {
        EvalWorkerProperties.Restarts settings = properties.restarts();
        return new RestartsHealthIndicator(restarts, settings.maxInWindow(), settings.window());
    }
}
