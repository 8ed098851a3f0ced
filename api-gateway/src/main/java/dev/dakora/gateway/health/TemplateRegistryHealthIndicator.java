package dev.dakora.gateway.health;

import dev.dakora.gateway.domain.TemplateCatalog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Whether the template registry answers a listing within {@code timeout}, and how many templates it holds. */
final class TemplateRegistryHealthIndicator implements ReactiveHealthIndicator {

    private final TemplateCatalog catalog;
    private final Duration timeout;

    TemplateRegistryHealthIndicator(TemplateCatalog catalog, Duration timeout) {
        this.catalog = catalog;
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        return catalog.list().timeout(timeout)
                .map(templates -> Health.up().withDetail("templates", templates.size()).build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", String.valueOf(e.getMessage())).build()));
    }
}
