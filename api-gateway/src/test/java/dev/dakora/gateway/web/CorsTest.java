package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "dakora.http.cors-allowed-origins=https://studio.example")
class CorsTest extends GatewayTest {

    @Test
    void should_allow_a_configured_origin_in_a_preflight() {
        // given / when / then
        client.options().uri("http://localhost:54321/api/templates").header("Origin", "https://studio.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://studio.example");
    }

    @Test
    void should_refuse_an_origin_that_is_not_configured() {
        // given / when / then
        client.options().uri("http://localhost:54321/api/templates").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }
}
