package dev.dakora.sink.health;

import dev.dakora.health.ListenerContainersHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.time.Duration;

/**
 * The log sink's health, beside Boot's {@code r2dbc}: {@code aggregation} (Kafka Streams RUNNING) and
 * {@code kafkaConsumers} (every writer's container running, assigned and polling).
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    private static final Duration MAX_POLL_AGE = Duration.ofSeconds(120);

    @Bean
    StreamsHealthIndicator aggregationHealthIndicator(StreamsBuilderFactoryBean aggregationStreams) {
        return StreamsHealthIndicator.of(aggregationStreams);
    }

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, MAX_POLL_AGE);
    }
}
