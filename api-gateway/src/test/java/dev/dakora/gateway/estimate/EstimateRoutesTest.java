package dev.dakora.gateway.estimate;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code ?estimate=true} on the three submitting routes: 200 with the estimate, nothing queued. */
class EstimateRoutesTest extends GatewayTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Test
    void should_estimate_a_csv_batch_per_model_and_queue_nothing() {
        // given: "Hi Ada" and "Hi Bob" are two o200k_base tokens each ("Hi", " Ada" / " Bob")
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when
        Map<String, Object> answer = client.post()
                .uri("/api/batches?estimate=true&template_id={id}&models=openai/gpt-4o,acme/unpriced&max_tokens=10", id)
                .contentType(CSV).bodyValue("name\nAda\nBob\n").exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(answer).containsEntry("estimate", true).containsEntry("submitted", false).containsEntry("rows", 2)
                .containsEntry("template_id", id);
        List<?> models = (List<?>) answer.get("models");
        assertThat(map(models.get(0))).containsEntry("model", "openai/gpt-4o").containsEntry("tokenizer", "o200k_base")
                .containsEntry("calls", 2).containsEntry("input_tokens", 4).containsEntry("output_tokens_assumed", 20)
                .containsEntry("priced", true);
        assertThat(map(models.get(1))).containsEntry("priced", false).containsEntry("cost_usd_high", null)
                .containsEntry("tokenizer", "approximate (characters / 4)").containsEntry("tokenizer_exact", false);
        Map<String, Object> totals = map(answer.get("totals"));
        assertThat(totals).containsEntry("calls", 4).containsEntry("fully_priced", false)
                .containsEntry("unpriced_models", List.of("acme/unpriced"));
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_estimate_a_compare_job_and_a_comparison_without_submitting_either() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/jobs?estimate=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "compare", "template_id", id, "inputs", Map.of("name", "Ada"), "models", List.of("echo")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.models[0].input_tokens").isEqualTo(2).jsonPath("$.models[0].output_tokens_assumed").isEqualTo(2)
                .jsonPath("$.totals.cost_usd_high").isEqualTo(0);
        client.post().uri("/api/templates/{id}/compare?estimate=true", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Ada"), "models", List.of("gpt-4o-mini", "echo")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.models[0].provider").isEqualTo("openai").jsonPath("$.models[0].output_tokens_assumed").isEqualTo(256)
                .jsonPath("$.totals.calls").isEqualTo(2);
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_400_422_and_404_as_a_submission_would_for_bad_estimates() {
        // given
        String id = createTemplate();

        // when / then
        client.post().uri("/api/batches?estimate=maybe&template_id={id}&models=echo", id).contentType(CSV).bodyValue("name\nAda\n")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("estimate");
        client.post().uri("/api/batches?estimate=true&template_id={id}", id).contentType(CSV).bodyValue("name\nAda\n")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("models");
        client.post().uri("/api/batches?estimate=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "inputs", List.of(Map.of("name", "Ada"), Map.of())))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].row_index").isEqualTo(1);
        client.post().uri("/api/jobs?estimate=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "compare", "template_id", uniqueId("missing"), "inputs", Map.of(), "models", List.of("echo")))
                .exchange().expectStatus().isNotFound();
    }

    private String createTemplate() {
        String id = uniqueId("estimate");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "template", "Hi {{ name }}", "inputs", Map.of("name", Map.of("type", "string"))))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
