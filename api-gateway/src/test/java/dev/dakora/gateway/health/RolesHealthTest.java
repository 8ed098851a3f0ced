package dev.dakora.gateway.health;

import dev.dakora.health.ListenerContainersHealthIndicator;
import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The gateway beside other roles (as in the standalone): its health answers for them too. */
class RolesHealthTest extends GatewayTest {

    private static final Map<String, Health> ROLES = new ConcurrentHashMap<>();

    @TestConfiguration
    static class OtherRoles {

        @Bean
        PlatformRoles platformRoles() {
            return () -> Map.copyOf(ROLES);
        }
    }

    @Autowired
    private KafkaListenerEndpointRegistry registry;
    @Autowired
    private ListenerContainersHealthIndicator consumers;

    /** Every other role up, the gateway's own consumers running and assigned again. */
    @AfterEach
    void everyRoleUp() throws InterruptedException {
        ROLES.put("render-worker", Health.up().build());
        ROLES.put("log-sink", Health.up().build());
        registry.getAllListenerContainers().forEach(container -> {
            if (!container.isRunning()) {
                container.start();
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Status.UP.equals(consumers.health().getStatus()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void should_report_healthy_with_every_role_when_every_role_is_up() throws InterruptedException {
        // given
        everyRoleUp();

        // when / then
        client.get().uri("/api/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("healthy")
                .jsonPath("$.roles.render-worker.status").isEqualTo("up")
                .jsonPath("$.roles.log-sink.status").isEqualTo("up")
                .jsonPath("$.consumers.status").isEqualTo("up");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void should_answer_503_unhealthy_and_not_ready_when_a_role_is_down() throws InterruptedException {
        // given
        everyRoleUp();
        ROLES.put("render-worker", Health.down().withDetail("render-worker", "stopped").build());

        // when / then
        client.get().uri("/api/health").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("unhealthy")
                .jsonPath("$.roles.render-worker.status").isEqualTo("down")
                .jsonPath("$.roles.log-sink.status").isEqualTo("up");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void should_answer_503_unhealthy_when_the_gateways_own_consumers_are_stopped() throws InterruptedException {
        // given
        everyRoleUp();
        registry.getAllListenerContainers().forEach(container -> container.stop());

        // when / then
        client.get().uri("/api/health").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("unhealthy")
                .jsonPath("$.consumers.status").isEqualTo("down")
                .jsonPath("$.kafka.status").isEqualTo("up");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
    }
}
