package dev.dakora.sink.config;

import dev.dakora.sink.stream.StreamsProperties;
import dev.dakora.sink.stream.StreamsRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aggregation topology's Kafka Streams client, started and stopped with the context. */
@Configuration(proxyBeanMethods = false)
class StreamsConfiguration {

    @Bean
    StreamsRunner aggregationStreams(KafkaProperties kafka, LogSinkProperties properties) {
        LogSinkProperties.Streams streams = properties.streams();
        return new StreamsRunner(StreamsProperties.of(streams.applicationId(),
                String.join(",", kafka.getBootstrapServers()), streams.stateDir(), streams.properties()),
                streams.closeTimeout(), streams.finishedRetention());
    }
}
