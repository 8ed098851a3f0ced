package dev.dakora.gateway.config;

import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trace context in the headers of the Kafka records this role handles outside spring-kafka's own
 * observations; a no-op without a tracer.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    KafkaTracing kafkaTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return KafkaTracing.of(tracer.getIfAvailable(), propagator.getIfAvailable());
    }
}
