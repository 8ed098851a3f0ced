package dev.dakora.gateway.support;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;

/**
 * The gateway with keys required and small submission limits (one context for every subclass): each key may
 * submit 5 rows at once, then one every 100 s; batches up to 5 rows and 64 KB, other bodies 16 KB.
 */
@TestPropertySource(properties = {
        "dakora.auth.required=true",
        "dakora.limits.burst-rows=5",
        "dakora.limits.rows-per-second=0.01",
        "dakora.jobs.max-batch-rows=5",
        "dakora.http.max-request-body=16KB",
        "dakora.http.max-batch-body=64KB"})
public abstract class LimitedGatewayTest extends GatewayTest {

    /** A new API key, with its own submission budget. */
    protected String newKey() {
        Map<String, Object> created = client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", uniqueId("limits")))
                .exchange().expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return (String) created.get("key");
    }

    /** A new greeting template; returns its id. */
    protected String createGreeting() {
        String id = uniqueId("limits");
        client.post().uri("/api/templates").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(greeting(id)).exchange().expectStatus().isCreated();
        return id;
    }
}
