package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.LimitedGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A dry run takes what a batch takes, within the same limits. */
class BatchDryRunLimitsTest extends LimitedGatewayTest {

    @Test
    void should_answer_413_naming_the_row_limit_when_a_dry_run_has_too_many_rows() {
        // given
        String key = newKey();
        String id = createGreeting();

        // when / then
        dryRun(key, id, 6, "n").expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("max-batch-rows"));
        dryRun(key, id, 5, "n").expectStatus().isOk().expectBody().jsonPath("$.total_rows").isEqualTo(5);
    }

    @Test
    void should_take_a_dry_run_body_over_the_general_limit_but_answer_413_over_the_batch_limit() {
        // given: rows of 6,000 characters; the general body limit is 16 KB, the batch limit 64 KB
        String key = newKey();
        String id = createGreeting();
        String cell = "x".repeat(6_000);

        // when / then
        dryRun(key, id, 5, cell).expectStatus().isOk();
        dryRun(key, id, 11, cell).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("max-batch-body"));
    }

    @Test
    void should_spend_none_of_the_clients_rows_when_it_checks_a_batch() {
        // given: a key whose burst is 5 rows checks 5 rows twice
        String key = newKey();
        String id = createGreeting();
        dryRun(key, id, 5, "n").expectStatus().isOk();
        dryRun(key, id, 5, "n").expectStatus().isOk();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(Map.of("name", "row-" + i));
        }

        // when / then: its 5 rows are all still there, and then spent
        client.post().uri("/api/batches").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "inputs", inputs))
                .exchange().expectStatus().isAccepted();
        client.post().uri("/api/batches").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "inputs", inputs.subList(0, 1)))
                .exchange().expectStatus().isEqualTo(429);
    }

    @Test
    void should_answer_401_when_a_dry_run_has_no_key() {
        // given
        String id = createGreeting();

        // when / then
        client.post().uri("/api/batches?dry_run=true&template_id={id}", id).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("name\nAda\n").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec dryRun(String key, String id, int rows, String cell) {
        StringBuilder body = new StringBuilder("name\n");
        for (int i = 0; i < rows; i++) {
            body.append(cell).append(i).append('\n');
        }
        return client.post().uri("/api/batches?dry_run=true&template_id={id}", id).header("X-API-Key", key)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(body.toString()).exchange();
    }
}
