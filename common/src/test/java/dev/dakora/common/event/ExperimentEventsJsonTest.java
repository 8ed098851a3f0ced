package dev.dakora.common.event;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentEventsJsonTest {

    private static final EvalContext EVAL = EvalContext.of("exp-1", 3, "Paris");

    @Test
    void should_read_a_job_with_its_eval_context_back_equal() {
        JobSubmitted job = SampleEvents.jobSubmitted().withEval(EVAL);

        JsonNode written = EventJson.mapper().readTree(EventJson.write(job));
        JobCommand read = EventJson.read(EventJson.write(job), JobCommand.class);

        assertThat(written.path("eval").path("experiment_id").asString()).isEqualTo("exp-1");
        assertThat(written.path("eval").path("dataset_row").asInt()).isEqualTo(3);
        assertThat(read).isEqualTo(job);
    }

    @Test
    void should_leave_eval_out_of_the_json_of_a_job_outside_experiments() {
        JsonNode written = EventJson.mapper().readTree(EventJson.write(SampleEvents.jobSubmitted()));

        assertThat(written.has("eval")).isFalse();
        assertThat(SampleEvents.jobSubmitted().eval()).isNull();
    }

    @Test
    void should_read_a_call_and_its_result_with_eval_back_equal() {
        ModelCallRequested call = new ModelCallRequested("job-1:echo:0", "job-1", "batch-1", 0, 0, "greeting", "1.0.0",
                "echo", "Hello Alice!", null, Map.of("name", "Alice"), SampleEvents.AT, EVAL);
        ModelCallCompleted result = SampleEvents.succeeded().withEval(EVAL);

        assertThat(EventJson.read(EventJson.write(call), ModelCallRequested.class)).isEqualTo(call);
        assertThat(EventJson.read(EventJson.write(result), ModelCallCompleted.class)).isEqualTo(result);
    }

    @Test
    void should_carry_judge_free_so_the_sink_scores_the_call() {
        ModelCallCompleted result = SampleEvents.succeeded().withEval(EvalContext.of("exp-1", 3, "Paris", true));

        JsonNode written = EventJson.mapper().readTree(EventJson.write(result));
        ModelCallCompleted read = EventJson.read(EventJson.write(result), ModelCallCompleted.class);

        assertThat(written.path("eval").path("judge_free").asBoolean()).isTrue();
        assertThat(read).isEqualTo(result);
        assertThat(read.eval().scoredBySink()).isTrue();
    }

    @Test
    void should_read_an_eval_context_without_judge_free_as_one_for_the_eval_worker() {
        String json = "{\"experiment_id\":\"exp-1\",\"dataset_row\":2}";

        EvalContext read = EventJson.read(json, EvalContext.class);

        assertThat(read.judgeFree()).isFalse();
        assertThat(read.scoredBySink()).isFalse();
        assertThat(EVAL.forJudge(new JudgeContext(SampleEvents.succeeded(), 0, 0, List.of())).scoredBySink()).isFalse();
    }

    @Test
    void should_carry_the_evaluated_result_and_earlier_verdicts_on_a_judge_call() {
        JudgeContext judge = new JudgeContext(SampleEvents.succeeded(), 2, 4, List.of(
                new JudgeOutcome(1, 0.75, "close", new BigDecimal("0.0001"), null),
                new JudgeOutcome(3, 0, null, null, "the judge's answer is empty")));
        ModelCallCompleted judgeResult = SampleEvents.failed().withEval(EVAL.forJudge(judge));

        ModelCallCompleted read = EventJson.read(EventJson.write(judgeResult), ModelCallCompleted.class);

        assertThat(read).isEqualTo(judgeResult);
        assertThat(read.eval().judgeCall()).isTrue();
        assertThat(read.eval().judge().verdicts()).extracting(JudgeOutcome::assertionIndex).containsExactly(1, 3);
    }

    @Test
    void should_refuse_a_judge_context_whose_evaluated_result_carries_its_own_eval() {
        ModelCallCompleted evaluated = SampleEvents.succeeded().withEval(EVAL);

        assertThatThrownBy(() -> new JudgeContext(evaluated, 0, 0, List.of()))
                .hasMessageContaining("no eval context of its own");
    }

    @Test
    void should_refuse_an_eval_context_without_experiment_or_with_row_zero() {
        assertThatThrownBy(() -> EvalContext.of(" ", 1, null)).hasMessageContaining("eval.experiment_id is required");
        assertThatThrownBy(() -> EvalContext.of("exp", 0, null)).hasMessageContaining("dataset_row");
    }

    @Test
    void should_read_an_experiment_definition_back_equal() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "capitals");
        spec.put("pass_threshold", 0.8);
        spec.put("assertions", List.of(Map.of("type", "icontains", "value", "Paris"),
                Map.of("type", "llm-judge", "rubric", "is it right?", "model", "echo")));
        ExperimentDefined defined = new ExperimentDefined("exp-1", "capitals", "capital-of", spec,
                Map.of("1", Map.of("id", "llm-judge", "version", "1.0.0", "template", "{{ output }}")),
                Map.of("1.0.0", "batch-1"), 5, 10, SampleEvents.AT);

        ExperimentDefined read = EventJson.read(EventJson.write(defined), ExperimentDefined.class);

        assertThat(read).isEqualTo(defined);
        assertThat(read.key()).isEqualTo("exp-1");
    }

    @Test
    void should_read_a_score_back_equal_with_null_reasons_kept() {
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("type", "contains");
        assertion.put("passed", true);
        assertion.put("score", 1.0);
        assertion.put("weight", 1.0);
        assertion.put("reason", null);
        CallScored scored = new CallScored("exp-1", "job-1:echo:0", "job-1", "batch-1", 3, 2, "1.0.0", "echo", 0,
                true, true, 1.0, 12, null, false, new BigDecimal("0.0002"), 3, 4, "Paris", null, List.of(assertion),
                SampleEvents.AT);

        CallScored read = EventJson.read(EventJson.write(scored), CallScored.class);

        assertThat(read).isEqualTo(scored);
        assertThat(read.assertions().getFirst()).containsEntry("reason", null);
        assertThat(read.key()).isEqualTo("job-1");
    }

    @Test
    void should_refuse_a_score_without_experiment_id() {
        String json = "{\"call_id\":\"c\",\"job_id\":\"j\",\"model\":\"m\",\"dataset_row\":1,\"sample\":0,"
                + "\"succeeded\":true,\"passed\":true,\"score\":1,\"latency_ms\":1,\"priced\":false,\"tokens_in\":0,"
                + "\"tokens_out\":0,\"scored_at\":\"2026-11-26T10:15:30Z\"}";

        assertThatThrownBy(() -> EventJson.read(json, CallScored.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("experiment_id is required");
    }

    @Test
    void should_declare_the_experiment_and_score_topics() {
        assertThat(Topics.ALL).contains(Topics.EXPERIMENTS, Topics.SCORES);
        assertThat(Topics.EXPERIMENTS.name()).isEqualTo("dakora.experiments");
        assertThat(Topics.SCORES.deadLetter()).isEqualTo("dakora.scores-dlt");
    }
}
