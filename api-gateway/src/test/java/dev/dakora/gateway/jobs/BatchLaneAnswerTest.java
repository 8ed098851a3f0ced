package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** The 202 of {@code POST /api/batches} names the lane the batch was given, whatever the body. */
class BatchLaneAnswerTest extends GatewayTest {

    @Test
    void should_name_the_batch_lane_and_the_read_models_expected_completion_in_the_202() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("openai/gpt-4o-mini"), "params", Map.of("lane", "batch"),
                        "inputs", List.of(Map.of("name", "Ada")))));

        // then
        Map<String, Object> shown = batch((String) accepted.get("batch_id"));
        assertThat(accepted).containsEntry("lane", "batch").containsEntry("status", "queued").containsEntry("total_jobs", 1)
                .containsEntry("expected_completion_by", shown.get("expected_completion_by"));
        assertThat(Duration.between(Instant.parse((String) shown.get("created_at")),
                Instant.parse((String) accepted.get("expected_completion_by")))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void should_name_the_online_lane_without_an_expected_completion_in_the_202_when_auto_stays_online() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches?lane=auto&template_id={id}&models=echo", id)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("name\nAda\n"));

        // then
        assertThat(accepted).containsEntry("lane", "online").containsEntry("expected_completion_by", null);
        assertThat(batch((String) accepted.get("batch_id"))).containsEntry("lane", "online");
    }

    @Test
    void should_name_the_online_lane_in_the_202_when_a_json_lines_batch_names_no_lane() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches?template_id={id}&models=echo", id)
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue("{\"name\":\"Ada\"}\n"));

        // then
        assertThat(accepted).containsEntry("lane", "online").containsEntry("expected_completion_by", null);
    }

    @Test
    void should_take_the_lane_of_a_multipart_form_field_and_name_it_in_the_202() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches")
                .body(BodyInserters.fromMultipartData(upload(id, "batch").build())));

        // then
        String batchId = (String) accepted.get("batch_id");
        assertThat(accepted).containsEntry("lane", "batch");
        assertThat((String) accepted.get("expected_completion_by")).isNotBlank();
        assertThat(TopicProbe.commands(batchId + "-0", 1)).singleElement().isInstanceOfSatisfying(JobSubmitted.class,
                job -> assertThat(job.params().extra()).containsEntry("lane", "batch"));
        assertThat(batch(batchId)).containsEntry("lane", "batch");
    }

    @Test
    void should_accept_the_same_lane_as_a_form_field_and_a_query_parameter() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches?lane=BATCH")
                .body(BodyInserters.fromMultipartData(upload(id, "batch").build())));

        // then
        assertThat(accepted).containsEntry("lane", "batch");
    }

    @Test
    void should_take_a_field_given_both_as_a_form_field_and_a_query_parameter_from_the_query() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = accepted(client.post().uri("/api/batches?name=from-query")
                .body(BodyInserters.fromMultipartData(upload(id, "online").build())));

        // then
        assertThat(batch((String) accepted.get("batch_id"))).containsEntry("name", "from-query");
    }

    @Test
    void should_answer_400_naming_both_values_and_queue_nothing_when_the_form_field_and_the_query_lane_differ() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/batches?lane=online").body(BodyInserters.fromMultipartData(upload(id, "batch").build()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("lane")
                .jsonPath("$.errors[0].message")
                .isEqualTo("differs between the query parameter (online) and the form field (batch); give one lane");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_400_naming_the_allowed_lanes_and_queue_nothing_when_the_form_field_is_unknown() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/batches").body(BodyInserters.fromMultipartData(upload(id, "overnight").build()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lane")
                .jsonPath("$.errors[0].message").isEqualTo("must be \"online\", \"batch\" or \"auto\", got overnight");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_400_and_queue_nothing_when_the_lane_form_field_repeats_with_different_values() {
        // given
        String id = createTemplate();
        MultipartBodyBuilder parts = upload(id, "batch");
        parts.part("lane", "online");
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/batches").body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lane")
                .jsonPath("$.errors[0].message").isEqualTo("is given as several form fields with different values [batch, online]; give one");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    private static MultipartBodyBuilder upload(String templateId, String lane) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("template_id", templateId);
        parts.part("models", "openai/gpt-4o-mini");
        parts.part("lane", lane);
        parts.part("name", "from-form");
        parts.part("file", "name\nAda\n".getBytes()).filename("rows.csv").contentType(MediaType.parseMediaType("text/csv"));
        return parts;
    }

    private static Map<String, Object> accepted(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> batch(String batchId) {
        return client.get().uri("/api/batches/{id}", batchId).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
    }

    private String createTemplate() {
        String id = uniqueId("lane-answer");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
