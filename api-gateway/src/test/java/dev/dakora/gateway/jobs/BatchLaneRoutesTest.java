package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class BatchLaneRoutesTest extends GatewayTest {

    private Map<String, Object> submit(String uri, Map<String, Object> body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> batch(String batchId) {
        return client.get().uri("/api/batches/{id}", batchId).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
    }

    @Test
    void should_carry_the_batch_lane_to_every_job_and_show_it_with_the_expected_completion_when_asked_for() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = submit("/api/batches", Map.of("template_id", id, "models", List.of("openai/gpt-4o-mini"),
                "params", Map.of("lane", "batch"), "inputs", List.of(Map.of("name", "Ada"))));

        // then
        String batchId = (String) accepted.get("batch_id");
        assertThat(TopicProbe.commands(batchId + "-0", 1)).singleElement().isInstanceOfSatisfying(JobSubmitted.class,
                job -> assertThat(job.params().extra()).containsEntry("lane", "batch"));
        Map<String, Object> shown = batch(batchId);
        assertThat(shown).containsEntry("lane", "batch");
        assertThat((String) shown.get("expected_completion_by")).isNotBlank();
    }

    @Test
    void should_run_online_and_show_no_expected_completion_when_auto_is_off() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = submit("/api/batches?lane=auto", Map.of("template_id", id, "models", List.of("echo"),
                "inputs", List.of(Map.of("name", "Ada"))));

        // then
        String batchId = (String) accepted.get("batch_id");
        assertThat(TopicProbe.commands(batchId + "-0", 1)).singleElement().isInstanceOfSatisfying(JobSubmitted.class,
                job -> assertThat(job.params().extra()).containsEntry("lane", "online"));
        Map<String, Object> shown = batch(batchId);
        assertThat(shown).containsEntry("lane", "online");
        assertThat(shown.get("expected_completion_by")).isNull();
    }

    @Test
    void should_answer_400_naming_the_field_and_queue_nothing_when_the_lane_is_unknown() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "params", Map.of("lane", "overnight"),
                        "inputs", List.of(Map.of("name", "Ada"))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("params.lane");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_show_the_batch_lane_saving_when_a_batch_is_estimated() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> estimate = client.post().uri("/api/batches?estimate=true&lane=batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("openai/gpt-4o-mini", "echo"),
                        "inputs", List.of(Map.of("name", "Ada"), Map.of("name", "Bo"))))
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(estimate).containsEntry("lane", "batch");
        @SuppressWarnings("unchecked")
        Map<String, Object> lane = (Map<String, Object>) estimate.get("batch_lane");
        assertThat(lane).containsEntry("models", List.of("openai/gpt-4o-mini")).containsEntry("completion_window", "24h");
        assertThat(((Number) lane.get("saving_usd_high")).doubleValue()).isPositive();
    }

    private String createTemplate() {
        String id = uniqueId("lane");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "template", "Hello {{ name }}",
                        "inputs", Map.of("name", Map.of("type", "string", "required", true))))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
