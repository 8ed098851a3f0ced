package dev.dakora.gateway.jobs;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class BatchSubmissionTest extends GatewayTest {

    @Test
    void should_publish_the_batch_then_one_compare_job_per_row_when_every_json_row_is_valid() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo", "openai/gpt-4o-mini"), "name", "nightly",
                        "inputs", List.of(Map.of("name", "Ada", "times", 2), Map.of("name", "Bo"))))
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(accepted).containsEntry("total_jobs", 2).containsEntry("total_calls", 4).containsEntry("status", "queued");
        String batchId = (String) accepted.get("batch_id");
        assertThat(TopicProbe.commands(batchId, 1)).singleElement().isInstanceOfSatisfying(BatchSubmitted.class, batch -> {
            assertThat(batch.totalJobs()).isEqualTo(2);
            assertThat(batch.name()).isEqualTo("nightly");
            assertThat(batch.models()).containsExactly("echo", "openai/gpt-4o-mini");
        });
        JobSubmitted second = job(batchId + "-1");
        assertThat(second.rowIndex()).isEqualTo(1);
        assertThat(second.batchId()).isEqualTo(batchId);
        assertThat(second.inputs()).isEqualTo(Map.of("name", "Bo", "times", 1L));
        assertThat(second.models()).containsExactly("echo", "openai/gpt-4o-mini");
    }

    @Test
    void should_answer_422_listing_the_bad_rows_and_queue_nothing_when_rows_fail_the_spec() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"),
                        "inputs", List.of(Map.of("name", "ok"), Map.of("times", 1), Map.of("name", "x", "times", "many"))))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].row_index").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].row_index").isEqualTo(2)
                .jsonPath("$.errors[1].field").isEqualTo("times");
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_coerce_csv_cells_by_the_spec_when_a_csv_body_is_uploaded() {
        // given
        String id = createTemplate();
        String csv = "name,times\r\n\"Lovelace, Ada\",3\r\nBo,\n";

        // when
        Map<String, Object> accepted = client.post()
                .uri("/api/batches?template_id={id}&models=echo,openai/gpt-4o-mini&temperature=0.2", id)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        String batchId = (String) accepted.get("batch_id");
        assertThat(accepted).containsEntry("total_jobs", 2).containsEntry("total_calls", 4);
        JobSubmitted first = job(batchId + "-0");
        // a number cell reads as the reference reads it: float("3") == 3.0
        assertThat(first.inputs()).isEqualTo(Map.of("name", "Lovelace, Ada", "times", 3.0));
        assertThat(first.params().temperature()).isEqualTo(0.2);
        assertThat(job(batchId + "-1").inputs()).isEqualTo(Map.of("name", "Bo", "times", 1L));
    }

    @Test
    void should_answer_422_for_a_csv_row_whose_cell_does_not_coerce_and_400_for_a_ragged_row() {
        // given
        String id = createTemplate();

        // when / then
        client.post().uri("/api/batches?template_id={id}&models=echo", id).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("name,times\nAda,1\nBo,lots\n").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].row_index").isEqualTo(1);
        client.post().uri("/api/batches?template_id={id}&models=echo", id).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("name,times\nAda,1,extra\n").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("line 2 has 3 cells"));
    }

    @Test
    void should_read_json_lines_rows_and_refuse_a_line_that_is_not_an_object() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> accepted = client.post().uri("/api/batches?template_id={id}&models=echo", id)
                .contentType(MediaType.parseMediaType("application/jsonl"))
                .bodyValue("{\"name\":\"Ada\",\"times\":2}\n\n{\"name\":\"Bo\"}\n")
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(accepted).containsEntry("total_jobs", 2).containsEntry("total_calls", 2);
        assertThat(job(accepted.get("batch_id") + "-0").inputs()).isEqualTo(Map.of("name", "Ada", "times", 2L));
        client.post().uri("/api/batches?template_id={id}&models=echo", id)
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue("{\"name\":\"Ada\"}\n[1]\n")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("line 2"));
    }

    @Test
    void should_read_a_multipart_file_upload_with_form_fields_and_require_the_file() {
        // given
        String id = createTemplate();
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("template_id", id);
        parts.part("models", "echo");
        parts.part("file", "name\nAda\nBo\nCy\n".getBytes()).filename("rows.csv").contentType(MediaType.parseMediaType("text/csv"));
        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("template_id", id);
        noFile.part("models", "echo");

        // when / then
        client.post().uri("/api/batches").body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.total_jobs").isEqualTo(3);
        client.post().uri("/api/batches").body(BodyInserters.fromMultipartData(noFile.build()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void should_answer_400_when_a_batch_has_no_models_or_no_rows() {
        // given
        String id = createTemplate();

        // when / then
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "inputs", List.of(Map.of("name", "a"))))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("models");
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("echo"), "inputs", List.of()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("inputs");
    }

    private static JobSubmitted job(String jobId) {
        List<JobCommand> commands = TopicProbe.commands(jobId, 1);
        assertThat(commands).singleElement().isInstanceOf(JobSubmitted.class);
        return (JobSubmitted) commands.getFirst();
    }

    private String createTemplate() {
        String id = uniqueId("batch");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "template", "{{ name }} x{{ times }}",
                        "inputs", Map.of("name", Map.of("type", "string", "required", true),
                                "times", Map.of("type", "number", "required", false, "default", 1))))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
