package dev.dakora.eval.domain;

import dev.dakora.evaluation.scoring.CompiledExperiment;
import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.eval.support.Experiments;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.dakora.eval.support.Experiments.contains;
import static dev.dakora.eval.support.Experiments.judge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {

    private final Scorer scorer = new Scorer(new TemplateRenderer(), Clock.fixed(Experiments.AT, ZoneOffset.UTC));

    private static CompiledExperiment compiled(List<Map<String, Object>> assertions) {
        return CompiledExperiment.compile(Experiments.defined("exp-1", assertions));
    }

    private CallScored scored(EvalOutcome outcome) {
        assertThat(outcome).isInstanceOf(EvalOutcome.Scored.class);
        return ((EvalOutcome.Scored) outcome).score();
    }

    private ModelCallRequested judgeCall(EvalOutcome outcome) {
        assertThat(outcome).isInstanceOf(EvalOutcome.JudgeNext.class);
        return ((EvalOutcome.JudgeNext) outcome).call();
    }

    @Test
    void should_score_a_passing_call_at_once_when_no_assertion_is_a_judge() {
        CallScored score = scored(scorer.handle(compiled(List.of(contains("Paris"))),
                Experiments.result("exp-1", "job-1", 3, "It is Paris.")));

        assertThat(score.passed()).isTrue();
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.callId()).isEqualTo("job-1:echo:0");
        assertThat(score.datasetRow()).isEqualTo(3);
        assertThat(score.rowIndex()).isEqualTo(2);
        assertThat(score.batchId()).isEqualTo("batch-exp-1");
        assertThat(score.costUsd()).isEqualByComparingTo("0.002");
        assertThat(score.judgeCostUsd()).isEqualByComparingTo("0");
        assertThat(score.assertions()).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("type", "contains").containsEntry("passed", true));
    }

    @Test
    void should_fail_the_row_with_the_reason_when_the_output_misses_the_value() {
        CallScored score = scored(scorer.handle(compiled(List.of(contains("Paris"))),
                Experiments.result("exp-1", "job-1", 1, "It is Lyon.")));

        assertThat(score.passed()).isFalse();
        assertThat(score.score()).isZero();
        assertThat(score.assertions().getFirst().get("reason")).asString().contains("Paris");
    }

    @Test
    void should_fail_every_assertion_with_the_call_error_and_ask_no_judge_when_the_call_failed() {
        ModelCallCompleted failed = new ModelCallCompleted("job-1:echo:2", "job-1", null, null, "capital-of", "1.0.0",
                "echo", "echo", CallStatus.FAILED, null, 0, 0, BigDecimal.ZERO, true, 5, "provider down", 3, Map.of(),
                Experiments.AT, null, false, EvalContext.of("exp-1", 1, "Paris"));

        CallScored score = scored(scorer.handle(compiled(List.of(contains("Paris"), judge("echo"))), failed));

        assertThat(score.succeeded()).isFalse();
        assertThat(score.sample()).isEqualTo(2);
        assertThat(score.error()).isEqualTo("provider down");
        assertThat(score.assertions()).hasSize(2)
                .allSatisfy(a -> assertThat(a.get("reason")).asString().contains("provider down"));
    }

    @Test
    void should_ask_each_judge_in_turn_and_fold_their_answers_into_one_score() {
        // given
        CompiledExperiment experiment = compiled(List.of(contains("Paris"), judge("echo"), judge("judge-b")));
        ModelCallCompleted evaluated = Experiments.result("exp-1", "job-1", 1, "Paris");

        // when: the evaluated call, then each judge's answer
        ModelCallRequested first = judgeCall(scorer.handle(experiment, evaluated));
        ModelCallRequested second = judgeCall(scorer.handle(experiment,
                Experiments.answer(first, "{\"score\": 0.9, \"reason\": \"right\"}", new BigDecimal("0.001"))));
        CallScored score = scored(scorer.handle(experiment,
                Experiments.answer(second, "Score: 1/4", new BigDecimal("0.003"))));

        // then
        assertThat(first.callId()).isEqualTo("job-1:echo:0:judge:1");
        assertThat(first.jobId()).isEqualTo("job-1:judge");
        assertThat(first.batchId()).isNull();
        assertThat(first.model()).isEqualTo("echo");
        assertThat(first.templateId()).isEqualTo("llm-judge");
        assertThat(first.prompt()).contains("Is the capital right?").contains("<answer>\nParis\n</answer>");
        assertThat(first.eval().judge().verdicts()).isEmpty();
        assertThat(second.callId()).isEqualTo("job-1:echo:0:judge:2");
        assertThat(second.model()).isEqualTo("judge-b");
        assertThat(second.eval().judge().verdicts()).singleElement()
                .satisfies(v -> assertThat(v.score()).isEqualTo(0.9));
        assertThat(score.callId()).isEqualTo("job-1:echo:0");
        assertThat(score.jobId()).isEqualTo("job-1");
        assertThat(score.passed()).isFalse();
        assertThat(score.assertions()).extracting(a -> a.get("score")).containsExactly(1.0, 0.9, 0.25);
        assertThat(score.judgeCostUsd()).isEqualByComparingTo("0.004");
        assertThat(score.costUsd()).isEqualByComparingTo("0.002");
    }

    @Test
    void should_fail_the_judge_assertion_with_the_reason_when_the_judge_call_failed_or_gave_no_score() {
        CompiledExperiment experiment = compiled(List.of(judge("echo"), judge("echo")));
        ModelCallRequested first = judgeCall(scorer.handle(experiment, Experiments.result("exp-1", "job-1", 1, "Paris")));
        ModelCallRequested second = judgeCall(scorer.handle(experiment, Experiments.failedAnswer(first, "HTTP 500")));

        CallScored score = scored(scorer.handle(experiment, Experiments.answer(second, "I like it", BigDecimal.ONE)));

        assertThat(score.passed()).isFalse();
        assertThat(score.assertions().get(0).get("reason")).asString().contains("judge call failed").contains("HTTP 500");
        assertThat(score.assertions().get(1).get("reason")).asString().contains("holds no score").contains("I like it");
        assertThat(score.judgeCostUsd()).isEqualByComparingTo("1");
    }

    @Test
    void should_render_the_judge_template_resolved_at_submission() {
        TemplateSpec custom = new TemplateSpec("strict-judge", "2.0.0", null, "Grade {{ output }} by {{ rubric }}",
                Map.of("output", InputSpec.of(InputType.STRING), "rubric", InputSpec.of(InputType.STRING)), Map.of());
        CompiledExperiment experiment = CompiledExperiment.compile(Experiments.defined("exp-1",
                List.of(Map.of("type", "llm-judge", "rubric", "R", "model", "echo", "template", "strict-judge")),
                Map.of("0", TemplateDocuments.toMap(custom))));

        ModelCallRequested call = judgeCall(scorer.handle(experiment, Experiments.result("exp-1", "job-1", 1, "Paris")));

        assertThat(call.prompt()).isEqualTo("Grade Paris by R");
        assertThat(call.templateId()).isEqualTo("strict-judge");
        assertThat(call.version()).isEqualTo("2.0.0");
    }

    @Test
    void should_score_without_calling_a_judge_whose_named_template_was_not_resolved() {
        CompiledExperiment experiment = compiled(List.of(contains("Paris"),
                Map.of("type", "llm-judge", "rubric", "R", "model", "echo", "template", "strict-judge")));

        CallScored score = scored(scorer.handle(experiment, Experiments.result("exp-1", "job-1", 1, "Paris")));

        assertThat(score.passed()).isFalse();
        assertThat(score.assertions().get(1).get("reason")).asString().contains("strict-judge");
        assertThat(score.assertions().get(0).get("passed")).isEqualTo(true);
    }

    @Test
    void should_read_the_sample_from_the_call_id_and_refuse_an_id_without_one() {
        assertThat(dev.dakora.evaluation.scoring.CallIds.sampleOf("job-1:ollama/llama3:8b:3")).isEqualTo(3);
        assertThatThrownBy(() -> dev.dakora.evaluation.scoring.CallIds.sampleOf("job-1:echo")).hasMessageContaining("sample number");
    }

    @Test
    void should_refuse_to_compile_an_experiment_whose_spec_is_invalid() {
        assertThatThrownBy(() -> compiled(List.of(Map.of("type", "contians", "value", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assertions[0]");
    }
}
