package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** CORS is off unless origins are configured: a browser on another origin gets no CORS headers. */
class CorsDefaultTest extends GatewayTest {

    @Test
    void should_send_no_cors_headers_when_no_origin_is_configured() {
        // given / when / then
        client.get().uri("http://localhost:54321/api/templates").header("Origin", "https://studio.example").exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
        client.options().uri("http://localhost:54321/api/templates").header("Origin", "https://studio.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().doesNotExist("Access-Control-Allow-Methods");
    }
}
