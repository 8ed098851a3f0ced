package dev.dakora.gateway.experiments;

import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.JobSubmitted;
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

class ExperimentSubmissionTest extends GatewayTest {

    @Test
    void should_publish_the_experiment_then_one_batch_per_version_whose_jobs_carry_the_row_and_repeat_models_per_sample() {
        // given
        String template = Experiments.template(client);
        String dataset = Experiments.dataset(client, "city,times,__expected\nParis,2,Paris\nRome,,Rome\n");

        // when
        Map<String, Object> accepted = post(Experiments.spec(template, dataset, null))
                .expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(accepted).containsEntry("status", "queued").containsEntry("total_rows", 2).containsEntry("total_calls", 8);
        String experimentId = (String) accepted.get("experiment_id");
        List<?> columns = (List<?>) accepted.get("columns");
        assertThat(columns).hasSize(2);
        String batchOfNewer = (String) map(columns.get(1)).get("batch_id");
        assertThat(map(columns.get(1))).containsEntry("version", "1.1.0").containsEntry("model", "echo");

        ExperimentDefined defined = Experiments.defined(experimentId);
        assertThat(defined.templateId()).isEqualTo(template);
        assertThat(defined.rows()).isEqualTo(2);
        assertThat(defined.totalCalls()).isEqualTo(8);
        assertThat(defined.batches()).containsEntry("1.1.0", batchOfNewer).hasSize(2);
        assertThat(map(defined.spec().get("dataset"))).containsEntry("version", "1");

        JobSubmitted second = (JobSubmitted) TopicProbe.commands(batchOfNewer + "-1", 1).getFirst();
        assertThat(second.eval()).as("no llm-judge assertion: the log sink scores the calls")
                .isEqualTo(EvalContext.of(experimentId, 2, "Rome", true));
        assertThat(second.models()).containsExactly("echo", "echo");
        assertThat(second.inputs()).isEqualTo(Map.of("city", "Rome", "times", 1L));
        assertThat(second.template().get("version")).isEqualTo("1.1.0");
    }

    @Test
    void should_snapshot_the_judge_template_of_an_llm_judge_assertion_at_submission_and_leave_an_unstored_default_out() {
        // given
        String template = Experiments.template(client);
        String judge = Experiments.template(client);
        String dataset = Experiments.dataset(client, "city\nParis\n");
        Map<String, Object> spec = Experiments.spec(template, dataset, 1);
        spec.put("assertions", List.of(Map.of("type", "contains", "value", "P"),
                Map.of("type", "llm-judge", "rubric", "names a capital", "model", "echo", "template", judge, "version", "1.0.0"),
                Map.of("type", "llm-judge", "rubric", "is polite", "model", "echo")));

        // when
        Map<String, Object> accepted = post(spec).expectStatus().isAccepted().expectBody(MAP).returnResult()
                .getResponseBody();

        // then
        String experimentId = (String) accepted.get("experiment_id");
        String batch = (String) map(((List<?>) accepted.get("columns")).getFirst()).get("batch_id");
        JobSubmitted job = (JobSubmitted) TopicProbe.commands(batch + "-0", 1).getFirst();
        assertThat(job.eval().judgeFree()).as("the eval worker scores the calls of an experiment with judges").isFalse();
        Map<String, Map<String, Object>> judges = Experiments.defined(experimentId).judgeTemplates();
        assertThat(judges.get("1")).containsEntry("id", judge).containsEntry("version", "1.0.0");
        assertThat(judges).as("the default judge template, not stored here, is left to the eval stage's built-in copy")
                .doesNotContainKey("2");
    }

    @Test
    void should_answer_400_naming_every_refused_field_and_publish_nothing() {
        // given
        long before = TopicProbe.jobRecordCount();
        Map<String, Object> spec = Map.of("name", "x", "template", "t", "versions", List.of(), "models", List.of("echo"),
                "dataset", Map.of("name", "d"), "samples", 0, "assertions", List.of(Map.of("type", "contains", "value", "x", "wieght", 1)));

        // when / then
        post(spec).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'versions')]").exists()
                .jsonPath("$.errors[?(@.field == 'samples')]").exists()
                .jsonPath("$.errors[?(@.field == 'assertions[0].wieght')]").exists();
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    @Test
    void should_answer_404_for_an_unknown_template_version_judge_template_dataset_or_dataset_version() {
        // given
        String template = Experiments.template(client);
        String dataset = Experiments.dataset(client, "city\nParis\n");
        Map<String, Object> unknownVersion = Experiments.spec(template, dataset, null);
        unknownVersion.put("versions", List.of("1.0.0", "9.9.9"));
        Map<String, Object> unknownJudge = Experiments.spec(template, dataset, null);
        unknownJudge.put("assertions", List.of(Map.of("type", "llm-judge", "rubric", "r", "model", "echo", "template", uniqueId("nojudge"))));

        // when / then
        post(Experiments.spec(uniqueId("missing"), dataset, null)).expectStatus().isNotFound();
        post(unknownVersion).expectStatus().isNotFound();
        post(unknownJudge).expectStatus().isNotFound();
        post(Experiments.spec(template, uniqueId("nodata"), null)).expectStatus().isNotFound();
        post(Experiments.spec(template, dataset, 2)).expectStatus().isNotFound().expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("has no version '2'"));
        post(Experiments.spec(template, dataset, "latest")).expectStatus().isAccepted();
    }

    @Test
    void should_answer_422_naming_row_version_and_field_when_dataset_rows_do_not_fit_the_inputs() {
        // given
        String template = Experiments.template(client);
        String dataset = Experiments.dataset(client, "city,times\nParis,2\n,3\nRome,many\n");

        // when / then
        post(Experiments.spec(template, dataset, 1)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.errors[0].row").isEqualTo(2)
                .jsonPath("$.errors[0].version").isEqualTo("1.0.0")
                .jsonPath("$.errors[0].field").isEqualTo("inputs.city")
                .jsonPath("$.errors[1].row").isEqualTo(3)
                .jsonPath("$.errors[1].field").isEqualTo("inputs.times");
    }

    @Test
    void should_answer_413_when_the_experiment_makes_more_calls_than_the_limit() {
        // given: 251 rows x 1 version x 20 models x 20 samples = 100,400 calls, over the default 100,000; 19 samples fit
        String template = Experiments.template(client);
        StringBuilder csv = new StringBuilder("city\n");
        for (int i = 0; i < 251; i++) {
            csv.append("c").append(i).append('\n');
        }
        String dataset = Experiments.dataset(client, csv.toString());
        Map<String, Object> spec = Experiments.spec(template, dataset, null);
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", java.util.stream.IntStream.range(0, 20).mapToObj(i -> "echo-" + i).toList());
        spec.put("samples", 20);
        Map<String, Object> fits = new java.util.LinkedHashMap<>(spec);
        fits.put("samples", 19);

        // when / then
        post(spec).expectStatus().isEqualTo(413).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("100400").contains("dakora.experiments.max-calls"));
        post(fits).expectStatus().isAccepted().expectBody().jsonPath("$.total_calls").isEqualTo(95380);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(Map<String, Object> spec) {
        return client.post().uri("/api/experiments").contentType(MediaType.APPLICATION_JSON).bodyValue(spec).exchange();
    }
}
