package dev.dakora.gateway.jobs;

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
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/batches?dry_run=true}: the rows checked by the input spec, as a submission would, and nothing queued. */
class BatchDryRunTest extends GatewayTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Test
    void should_answer_every_row_coerced_with_its_line_and_queue_nothing_when_a_csv_is_valid() {
        // given
        String id = createTemplate();
        long before = TopicProbe.jobRecordCount();

        // when
        Map<String, Object> answer = dryRun(id, "label,times\n\"Ada\nLovelace\",3\nBo,\n")
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(answer).containsEntry("template_id", id).containsEntry("version", "1.0.0")
                .containsEntry("total_rows", 2).containsEntry("valid_rows", 2).containsEntry("invalid_rows", 0);
        List<?> rows = (List<?>) answer.get("rows");
        assertThat(map(rows.get(0))).containsEntry("row_index", 0).containsEntry("line", 2).containsEntry("valid", true)
                .containsEntry("errors", List.of());
        assertThat(map(map(rows.get(0)).get("inputs"))).containsEntry("label", "Ada\nLovelace").containsEntry("times", 3.0);
        assertThat(map(rows.get(1))).containsEntry("row_index", 1).containsEntry("line", 4);
        assertThat(map(map(rows.get(1)).get("inputs"))).containsEntry("times", 1);
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_the_errors_of_each_bad_row_by_field_and_line_when_rows_fail_the_spec() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> answer = dryRun(id, "label,times\nAda,1\n,2\nCy,lots\n")
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(answer).containsEntry("total_rows", 3).containsEntry("valid_rows", 1).containsEntry("invalid_rows", 2);
        List<?> rows = (List<?>) answer.get("rows");
        assertThat(map(rows.get(1))).containsEntry("line", 3).containsEntry("valid", false).containsEntry("inputs", null)
                .containsEntry("errors", List.of(Map.of("field", "label", "message", "is required")));
        assertThat(map(rows.get(2))).containsEntry("line", 4).containsEntry("valid", false);
        assertThat(map(((List<?>) map(rows.get(2)).get("errors")).getFirst())).containsEntry("field", "times")
                .containsEntry("message", "expected a number, got 'lots'");
    }

    @Test
    void should_check_json_rows_without_lines_and_need_no_models() {
        // given
        String id = createTemplate();

        // when
        Map<String, Object> answer = client.post().uri("/api/batches?dry_run=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "inputs", List.of(Map.of("label", true), Map.of("times", 2))))
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        List<?> rows = (List<?>) answer.get("rows");
        assertThat(map(rows.get(0))).doesNotContainKey("line").containsEntry("valid", true);
        assertThat(map(map(rows.get(0)).get("inputs"))).containsEntry("label", "True");
        assertThat(map(rows.get(1))).containsEntry("valid", false);
    }

    @Test
    void should_give_the_inputs_a_submission_sends_when_a_string_cell_says_true() {
        // given: the same CSV row checked, then submitted
        String id = createTemplate();
        String csv = "label,times,flag\ntrue,2,yes\n";

        // when
        Map<String, Object> checked = dryRun(id, csv).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> accepted = client.post().uri("/api/batches?template_id={id}&models=echo", id).contentType(CSV)
                .bodyValue(csv).exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        Map<String, Object> inputs = map(map(((List<?>) checked.get("rows")).getFirst()).get("inputs"));
        assertThat(inputs).containsEntry("label", "true").containsEntry("times", 2.0).containsEntry("flag", true);
        List<JobCommand> commands = TopicProbe.commands(accepted.get("batch_id") + "-0", 1);
        assertThat(((JobSubmitted) commands.getFirst()).inputs()).containsEntry("label", "true").containsEntry("times", 2.0)
                .containsEntry("flag", true);
    }

    @Test
    void should_refuse_a_json_cell_for_an_object_input_in_the_check_and_in_the_submission() {
        // given: a CSV cell is text, and an object input takes only an object
        String id = createTemplate();
        String csv = "label,meta\nAda,\"{\"\"k\"\": 1}\"\n";

        // when
        Map<String, Object> checked = dryRun(id, csv).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        Map<String, Object> row = map(((List<?>) checked.get("rows")).getFirst());
        assertThat(row).containsEntry("valid", false)
                .containsEntry("errors", List.of(Map.of("field", "meta", "message", "expected an object, got a string")));
        client.post().uri("/api/batches?template_id={id}&models=echo", id).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("meta")
                .jsonPath("$.errors[0].message").isEqualTo("expected an object, got a string");
    }

    @Test
    void should_check_json_lines_and_multipart_uploads_with_their_lines() {
        // given
        String id = createTemplate();
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("template_id", id);
        parts.part("file", "label\n\nAda\n".getBytes()).filename("rows.csv").contentType(CSV);

        // when / then
        client.post().uri("/api/batches?dry_run=true&template_id={id}", id).contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue("{\"label\":\"Ada\"}\n\n{\"times\":1}\n").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rows[1].line").isEqualTo(3).jsonPath("$.rows[1].valid").isEqualTo(false);
        client.post().uri("/api/batches?dry_run=true").body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.rows[0].line").isEqualTo(3);
    }

    @Test
    void should_answer_400_for_a_ragged_row_an_unknown_dry_run_value_or_no_rows_and_404_for_an_unknown_template() {
        // given
        String id = createTemplate();

        // when / then
        dryRun(id, "label,times\nAda,1,2\n").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("line 2 has 3 cells"));
        client.post().uri("/api/batches?dry_run=maybe&template_id={id}", id).contentType(CSV).bodyValue("label\nAda\n")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("dry_run");
        dryRun(id, "label\n").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("inputs");
        dryRun(uniqueId("missing"), "label\nAda\n").expectStatus().isNotFound();
    }

    @Test
    void should_answer_415_problem_details_when_the_content_type_is_not_a_batch_format() {
        // given
        String id = createTemplate();

        // when / then
        client.post().uri("/api/batches?dry_run=true&template_id={id}", id).contentType(MediaType.TEXT_PLAIN).bodyValue("label\nAda\n")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(415);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec dryRun(String id, String csv) {
        return client.post().uri("/api/batches?dry_run=true&template_id={id}", id).contentType(CSV).bodyValue(csv).exchange();
    }

    private String createTemplate() {
        String id = uniqueId("dry");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "template", "{{ label }} x{{ times }}",
                        "inputs", Map.of("label", Map.of("type", "string", "required", true),
                                "times", Map.of("type", "number", "required", false, "default", 1),
                                "flag", Map.of("type", "boolean", "required", false),
                                "meta", Map.of("type", "object", "required", false))))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
