package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;

/** With auth off a key is never checked, so every caller spends the one anonymous budget (3 rows here). */
@TestPropertySource(properties = {
        "dakora.limits.burst-rows=3",
        "dakora.limits.rows-per-second=0.01",
        "dakora.jobs.max-batch-rows=3"})
class AnonymousLimitsTest extends GatewayTest {

    @Test
    void should_make_callers_without_a_checked_key_share_one_budget_when_auth_is_off() {
        // given
        String id = uniqueId("anonymous");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();

        // when / then: two callers without a key and one with an unchecked key spend the same three rows
        job(id, null).expectStatus().isAccepted();
        job(id, null).expectStatus().isAccepted();
        job(id, "dk_not-checked-when-auth-is-off").expectStatus().isAccepted();
        job(id, "dk_another-unchecked-key").expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
        job(id, null).expectStatus().isEqualTo(429);
        // reads and renders are not submissions and stay open
        client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Ada"))).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec job(String id, String key) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("X-API-Key", key);
        }
        return request.bodyValue(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Ada"))).exchange();
    }
}
