package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.LimitedGatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Submission limits per key (see {@link LimitedGatewayTest}). */
class SubmissionLimitsTest extends LimitedGatewayTest {

    @Test
    void should_answer_429_with_retry_after_and_a_problem_once_a_key_submits_past_its_burst() {
        // given
        String key = newKey();
        String id = createGreeting();

        // when
        for (int i = 0; i < 5; i++) {
            job(key, id).expectStatus().isAccepted();
        }

        // then
        job(key, id).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(90L, 100L))
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("rows-per-second"))
                .jsonPath("$.instance").isEqualTo("/api/jobs");
    }

    @Test
    void should_throttle_one_key_while_another_key_still_submits() {
        // given: key A spends its burst on one batch of 5 rows
        String a = newKey();
        String b = newKey();
        String id = createGreeting();
        batch(a, id, 5).expectStatus().isAccepted();
        long before = TopicProbe.jobRecordCount();

        // when / then
        job(a, id).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
        batch(a, id, 1).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
        client.post().uri("/api/templates/{id}/compare", id).header("X-API-Key", a).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Ada"), "models", List.of("echo")))
                .exchange().expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
        job(b, id).expectStatus().isAccepted();
        batch(b, id, 4).expectStatus().isAccepted();
    }

    @Test
    void should_answer_413_naming_the_row_limit_and_spend_nothing_when_a_batch_has_too_many_rows() {
        // given
        String key = newKey();
        String id = createGreeting();
        long before = TopicProbe.jobRecordCount();

        // when / then
        batch(key, id, 6).expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).contains("6 rows").contains("at most 5").contains("max-batch-rows"));
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
        batch(key, id, 5).expectStatus().isAccepted();
    }

    @Test
    void should_take_a_batch_body_over_the_general_limit_but_answer_413_over_the_batch_limit() {
        // given: rows of 6,000 characters; the general body limit is 16 KB, the batch limit 64 KB
        String key = newKey();
        String id = createGreeting();
        String cell = "x".repeat(6_000);

        // when / then
        csv(key, id, 5, cell).expectStatus().isAccepted();
        csv(key, id, 11, cell).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).contains("at most 65536 bytes").contains("max-batch-body"));
        client.post().uri("/api/templates/{id}/render", id).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "x".repeat(30_000))))
                .exchange().expectStatus().isEqualTo(413);
    }

    @Test
    void should_answer_413_when_a_chunked_batch_body_grows_past_the_batch_limit() {
        // given: 100 chunks of 1,000 bytes and no Content-Length
        String key = newKey();
        String id = createGreeting();
        Flux<DataBuffer> chunks = Flux.range(0, 100).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap((i == 0 ? "name\n" : "").concat("y".repeat(999)).concat("\n").getBytes(StandardCharsets.UTF_8)));

        // when / then
        client.post().uri("/api/batches?template_id={id}&models=echo", id).header("X-API-Key", key)
                .contentType(MediaType.parseMediaType("text/csv")).body(chunks, DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("max-batch-body"));
    }

    private WebTestClient.ResponseSpec job(String key, String id) {
        return client.post().uri("/api/jobs").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Ada")))
                .exchange();
    }

    private WebTestClient.ResponseSpec batch(String key, String id, int rows) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            inputs.add(Map.of("name", "row-" + i));
        }
        return client.post().uri("/api/batches").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "inputs", inputs)).exchange();
    }

    private WebTestClient.ResponseSpec csv(String key, String id, int rows, String cell) {
        StringBuilder body = new StringBuilder("name\n");
        for (int i = 0; i < rows; i++) {
            body.append(cell).append(i).append('\n');
        }
        return client.post().uri("/api/batches?template_id={id}&models=echo", id).header("X-API-Key", key)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(body.toString()).exchange();
    }
}
