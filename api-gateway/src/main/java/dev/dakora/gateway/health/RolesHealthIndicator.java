package dev.dakora.gateway.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The other roles' health ({@link PlatformRoles}), asked off the event loop: UP when every role is
 * UP, else the status of the first that is not. With no other roles (the gateway on its own) it is UP.
 */
final class RolesHealthIndicator implements ReactiveHealthIndicator {

    private final ObjectProvider<PlatformRoles> roles;
    private final Duration timeout;

    RolesHealthIndicator(ObjectProvider<PlatformRoles> roles, Duration timeout) {
        this.roles = roles;
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        PlatformRoles platform = roles.getIfAvailable();
        if (platform == null) {
            return Mono.just(Health.up().build());
        }
        return Mono.fromCallable(platform::health).subscribeOn(Schedulers.boundedElastic()).timeout(timeout)
                .map(RolesHealthIndicator::combine)
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", "roles did not answer: " + e.getMessage()).build()));
    }

    private static Health combine(Map<String, Health> byRole) {
        Status status = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Health> role : byRole.entrySet()) {
            details.put(role.getKey(), role.getValue().getStatus().getCode());
            if (Status.UP.equals(status) && !Status.UP.equals(role.getValue().getStatus())) {
                status = role.getValue().getStatus();
            }
        }
        return Health.status(status).withDetails(details).build();
    }
}
