package dev.dakora.sink.config;

import dev.dakora.sink.stream.StreamsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import java.util.HashMap;
import java.util.Map;

/**
 * The aggregation's Kafka Streams client, spring-kafka's {@code StreamsBuilderFactoryBean}: built from
 * {@link StreamsProperties} (exactly-once v2, the state directory) and started and stopped with the
 * context by {@link AggregationStreams}. This configuration replaces Spring Boot's
 * {@code spring.kafka.streams.*} one.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfiguration {

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration aggregationStreamsConfig(KafkaProperties kafka, LogSinkProperties properties) {
        LogSinkProperties.Streams streams = properties.streams();
        Map<String, Object> settings = new HashMap<>();
        StreamsProperties.of(streams.applicationId(), String.join(",", kafka.getBootstrapServers()),
                streams.stateDir(), streams.properties()).forEach((key, value) -> settings.put((String) key, value));
        return new KafkaStreamsConfiguration(settings);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer aggregationStreams(LogSinkProperties properties) {
        return new AggregationStreams(properties.streams().closeTimeout(), properties.streams().finishedRetention());
    }
}
