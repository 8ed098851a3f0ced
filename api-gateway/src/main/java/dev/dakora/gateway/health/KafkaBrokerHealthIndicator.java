package dev.dakora.gateway.health;

import dev.dakora.gateway.messaging.KafkaHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/** Whether a Kafka broker answers ({@link KafkaHealth}): jobs cannot be submitted without one. */
final class KafkaBrokerHealthIndicator implements ReactiveHealthIndicator {

    private final KafkaHealth kafka;

    KafkaBrokerHealthIndicator(KafkaHealth kafka) {
        this.kafka = kafka;
    }

    @Override
    public Mono<Health> health() {
        return kafka.up().map(up -> up ? Health.up().build() : Health.down().build());
    }
}
