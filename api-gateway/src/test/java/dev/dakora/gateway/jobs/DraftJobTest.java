package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/jobs with an unsaved template in place of template_id. */
class DraftJobTest extends GatewayTest {

    private static final Map<String, Object> NAME = Map.of("type", "string");

    @Test
    void should_queue_a_draft_compare_job_with_its_snapshot_as_version_draft() {
        // given
        Map<String, Object> draft = Map.of("template", "Draft hello {{ name }}!", "inputs", Map.of("name", NAME),
                "version", "3.0.0");

        // when
        Map<String, Object> accepted = submit(Map.of("type", "compare", "template", draft, "inputs", Map.of("name", "Ada"),
                "models", List.of("echo", "echo/b"), "params", Map.of("temperature", 0.2)))
                .expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        String jobId = (String) accepted.get("job_id");
        assertThat(TopicProbe.commands(jobId, 1)).singleElement().isInstanceOfSatisfying(JobSubmitted.class, job -> {
            assertThat(job.type()).isEqualTo(JobType.COMPARE);
            assertThat(job.templateSpec().id()).isEqualTo("draft");
            assertThat(job.templateSpec().version()).isEqualTo("draft");
            assertThat(job.templateSpec().template()).isEqualTo("Draft hello {{ name }}!");
            assertThat(job.inputs()).isEqualTo(Map.of("name", "Ada"));
            assertThat(job.models()).containsExactly("echo", "echo/b");
            assertThat(job.params().temperature()).isEqualTo(0.2);
        });
        client.get().uri("/api/jobs/{id}", jobId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.template_id").isEqualTo("draft").jsonPath("$.version").isEqualTo("draft");
    }

    @Test
    void should_keep_the_id_a_draft_names_and_coerce_its_inputs_by_the_drafts_spec() {
        // given
        String id = uniqueId("unsaved");
        Map<String, Object> draft = Map.of("id", id, "template", "{{ n + 1 }}", "inputs", Map.of("n", Map.of("type", "number")));

        // when
        String jobId = (String) submit(Map.of("type", "render", "template", draft, "inputs", Map.of("n", "41")))
                .expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("job_id");

        // then
        JobSubmitted job = (JobSubmitted) TopicProbe.commands(jobId, 1).getFirst();
        assertThat(job.templateSpec().id()).isEqualTo(id);
        assertThat(job.templateSpec().version()).isEqualTo("draft");
        assertThat(job.inputs().get("n")).isInstanceOf(Number.class);
    }

    @Test
    void should_answer_400_when_both_or_neither_of_template_id_and_template_are_sent_or_the_draft_is_malformed() {
        Map<String, Object> draft = Map.of("template", "Hi {{ name }}", "inputs", Map.of("name", NAME));
        long before = TopicProbe.jobRecordCount();

        submit(Map.of("type", "compare", "template_id", "greeting", "template", draft, "inputs", Map.of("name", "x"),
                "models", List.of("echo"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template_id");
        submit(Map.of("type", "compare", "template", draft, "version", "1.0.0", "inputs", Map.of("name", "x"),
                "models", List.of("echo"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        submit(Map.of("type", "compare", "inputs", Map.of("name", "x"), "models", List.of("echo"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template_id")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("template"));
        submit(Map.of("type", "compare", "template", "just text", "models", List.of("echo"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template");
        submit(Map.of("type", "compare", "template", Map.of("template", "x", "inputs", Map.of("n", Map.of("type", "no-such-type"))),
                "models", List.of("echo"))).expectStatus().isBadRequest();
        submit(Map.of("type", "compare", "template", Map.of("inputs", Map.of()), "models", List.of("echo"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template");
        submit(Map.of("type", "compare", "template", draft, "inputs", Map.of("name", "x"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("models");

        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_422_with_the_field_and_the_names_the_text_reads_when_inputs_fail_the_drafts_spec() {
        long before = TopicProbe.jobRecordCount();

        submit(Map.of("type", "compare", "template", Map.of("template", "{{ n }}{{ other }}",
                        "inputs", Map.of("n", Map.of("type", "number"), "spare", Map.of("type", "string", "required", false))),
                "inputs", Map.of("n", "not a number"), "models", List.of("echo")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("n")
                .jsonPath("$.undeclared").isEqualTo(List.of("other"))
                .jsonPath("$.unused").isEqualTo(List.of("spare"));

        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_refuse_a_hostile_or_broken_draft_with_the_draft_render_routes_422_and_queue_nothing() {
        long before = TopicProbe.jobRecordCount();

        submit(compare(Map.of("template", "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("recursion_limit");
        submit(compare(Map.of("template", "line one\n{{ x + }}")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("syntax")
                .jsonPath("$.line").isEqualTo(2);
        client.post().uri("/api/render").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template", Map.of("template", "{{ ''.__class__ }}"))).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("undefined");
        submit(compare(Map.of("template", "{{ ''.__class__ }}")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("undefined")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("Exception"));

        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_estimate_a_draft_without_submitting_it() {
        long before = TopicProbe.jobRecordCount();

        client.post().uri("/api/jobs?estimate=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(compare(Map.of("template", "Hello there, a draft"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.models[0].model").isEqualTo("echo");
        client.post().uri("/api/jobs?estimate=true").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(compare(Map.of("template", "{{ x + }}"))).exchange()
                .expectStatus().isEqualTo(422);

        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    private static Map<String, Object> compare(Map<String, Object> draft) {
        return Map.of("type", "compare", "template", draft, "inputs", Map.of(), "models", List.of("echo"));
    }

    private WebTestClient.ResponseSpec submit(Map<String, Object> body) {
        return client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
