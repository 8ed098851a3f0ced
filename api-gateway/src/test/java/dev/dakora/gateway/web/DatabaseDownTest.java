package dev.dakora.gateway.web;

import dev.dakora.gateway.support.TestKafka;
import dev.dakora.gateway.keys.KeyMaterial;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.ServerSocket;

/** PostgreSQL unreachable: health and key checks say 503; rendering, which needs no database, goes on. */
@SpringBootTest(properties = {
        "spring.flyway.enabled=false",
        "dakora.auth.required=true",
        "spring.r2dbc.pool.max-acquire-time=2s"})
@AutoConfigureWebTestClient(timeout = "30s")
class DatabaseDownTest {

    static final int CLOSED_PORT = closedPort();

    @Autowired
    WebTestClient client;

    @org.springframework.test.context.DynamicPropertySource
    static void unreachableDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://127.0.0.1:" + CLOSED_PORT + "/none");
        registry.add("dakora.registry.local.path", () -> System.getProperty("java.io.tmpdir") + "/dakora-db-down-" + ProcessHandle.current().pid());
    }

    @Test
    void should_answer_503_unhealthy_when_the_database_is_down() {
        // given / when / then
        client.get().uri("/api/health").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("unhealthy")
                .jsonPath("$.database.status").isEqualTo("down")
                .jsonPath("$.registry.status").isEqualTo("up");
    }

    @Test
    void should_report_not_ready_but_live_when_the_database_is_down() {
        // given / when / then
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void should_answer_503_when_a_key_cannot_be_checked() {
        // given / when / then
        client.get().uri("/api/templates").header("X-API-Key", KeyMaterial.newKey()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
