package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;

/** The same gateway behind a real Netty server on a random port: limits and routes over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerTest extends GatewayTest {

    @Test
    void should_render_over_real_http() {
        // given
        String id = uniqueId("netty");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();

        // when / then
        client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Net"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.rendered").isEqualTo("Hello Net!");
    }

    @Test
    void should_answer_413_over_real_http_for_a_declared_and_a_chunked_oversized_body() {
        // given
        String id = uniqueId("netty-big");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        byte[] declared = ("{\"inputs\": {\"name\": \"" + "x".repeat(1_100_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> chunked = Flux.range(0, 120).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap((i == 0 ? "{\"inputs\": {\"name\": \"" : "").concat("y".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));

        // when / then
        client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON).bodyValue(declared)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON)
                .body(chunked, DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void should_redirect_swagger_ui_to_its_page_over_real_http() {
        // given / when / then
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location).contains("swagger-ui"));
    }
}
