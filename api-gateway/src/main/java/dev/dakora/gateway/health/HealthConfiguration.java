package dev.dakora.gateway.health;

import dev.dakora.health.ListenerContainersHealthIndicator;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.messaging.KafkaHealth;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;

/**
 * The gateway's health contributors, beside Boot's {@code r2dbc}: {@code kafka} (a broker answers),
 * {@code kafkaConsumers} (the live feed is assigned and polling), {@code templateRegistry} and
 * {@code roles} (the other roles, in the standalone). {@code /api/health} and the readiness group are
 * built from them.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_POLL_AGE = Duration.ofSeconds(60);
    private static final Duration ASSIGNMENT_WAIT = Duration.ofSeconds(10);

    @Bean
    ListenerContainersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new ListenerContainersHealthIndicator(registry::getAllListenerContainers, MAX_POLL_AGE);
    }

    @Bean
    KafkaBrokerHealthIndicator kafkaHealthIndicator(KafkaHealth kafka) {
        return new KafkaBrokerHealthIndicator(kafka);
    }

    @Bean
    TemplateRegistryHealthIndicator templateRegistryHealthIndicator(TemplateCatalog catalog) {
        return new TemplateRegistryHealthIndicator(catalog, CHECK_TIMEOUT);
    }

    @Bean
    RolesHealthIndicator rolesHealthIndicator(ObjectProvider<PlatformRoles> roles) {
        return new RolesHealthIndicator(roles, CHECK_TIMEOUT);
    }

    @Bean
    AssignmentWait kafkaAssignmentWait(KafkaListenerEndpointRegistry registry) {
        return new AssignmentWait(registry, ASSIGNMENT_WAIT);
    }
}
