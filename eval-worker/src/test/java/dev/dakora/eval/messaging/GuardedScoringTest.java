package dev.dakora.eval.messaging;

import dev.dakora.evaluation.scoring.CompiledExperiments;
import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.eval.domain.EvalOutcome;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import dev.dakora.eval.domain.Scorer;
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

class GuardedScoringTest {

    private final Clock clock = Clock.fixed(Experiments.AT, ZoneOffset.UTC);
    private final Scorer scorer = new Scorer(new TemplateRenderer(), clock);

    private GuardedScoring guarded(GuardedScoring.Step step) {
        return new GuardedScoring(new CompiledExperiments(8), step, new EvaluationErrors(clock));
    }

    private static CallScored scored(EvalOutcome outcome) {
        assertThat(outcome).isInstanceOf(EvalOutcome.Scored.class);
        return ((EvalOutcome.Scored) outcome).score();
    }

    private static void assertEvaluationError(CallScored score, String... reasonParts) {
        assertThat(score.passed()).isFalse();
        assertThat(score.score()).isZero();
        assertThat(score.assertions()).singleElement().satisfies(assertion -> {
            assertThat(assertion).containsEntry("type", EvaluationErrors.TYPE).containsEntry("passed", false);
            assertThat(assertion.get("reason")).asString().startsWith("evaluation error: ").contains(reasonParts);
        });
    }

    @Test
    void should_score_as_usual_when_the_definition_compiles_and_nothing_throws() {
        CallScored score = scored(guarded(scorer::handle).score(Experiments.defined("exp-ok", List.of(contains("Paris"))),
                Experiments.result("exp-ok", "job-1", 1, "Paris")));

        assertThat(score.passed()).isTrue();
        assertThat(score.assertions()).singleElement().satisfies(a -> assertThat(a).containsEntry("type", "contains"));
    }

    @Test
    void should_make_an_evaluation_error_of_a_definition_that_cannot_be_compiled() {
        ExperimentDefined broken = Experiments.defined("exp-broken", List.of(Map.of("type", "contians", "value", "x")));

        CallScored score = scored(guarded(scorer::handle).score(broken, Experiments.result("exp-broken", "job-1", 2, "Paris")));

        assertEvaluationError(score, "cannot be compiled", "assertions[0]");
        assertThat(score.callId()).isEqualTo("job-1:echo:0");
        assertThat(score.datasetRow()).isEqualTo(2);
        assertThat(score.succeeded()).isTrue();
        assertThat(score.costUsd()).isEqualByComparingTo("0.002");
    }

    @Test
    void should_make_an_evaluation_error_of_a_step_that_throws_an_error_and_keep_the_judge_costs_spent() {
        // given: the judge's answer arrives, and scoring it overflows the stack
        ExperimentDefined judged = Experiments.defined("exp-judged", List.of(judge("echo")));
        ModelCallCompleted answer = judgeAnswer(Experiments.result("exp-judged", "job-2", 1, "Paris"), "{\"score\": 1}",
                new BigDecimal("0.004"));

        // when
        CallScored score = scored(guarded((experiment, result) -> {
            throw new StackOverflowError();
        }).score(judged, answer));

        // then: the evaluated call's score, not the judge call's
        assertEvaluationError(score, "scoring failed", "StackOverflowError");
        assertThat(score.callId()).isEqualTo("job-2:echo:0");
        assertThat(score.jobId()).isEqualTo("job-2");
        assertThat(score.judgeCostUsd()).isEqualByComparingTo("0.004");
    }

    @Test
    void should_make_an_evaluation_error_of_a_call_id_without_a_sample_number() {
        ModelCallCompleted odd = Experiments.result("exp-ok", "job-3", 1, "Paris");
        ModelCallCompleted noSample = new ModelCallCompleted("job-3:echo", odd.jobId(), odd.batchId(), odd.rowIndex(),
                odd.templateId(), odd.version(), odd.model(), odd.provider(), odd.status(), odd.output(), odd.tokensIn(),
                odd.tokensOut(), odd.costUsd(), odd.priced(), odd.latencyMs(), odd.error(), odd.attempts(), odd.inputs(),
                odd.completedAt(), null, false, odd.eval());

        CallScored score = scored(guarded(scorer::handle).score(Experiments.defined("exp-ok", List.of(contains("Paris"))), noSample));

        assertEvaluationError(score, "sample number");
        assertThat(score.sample()).isZero();
    }

    /** The LLM worker's answer to the first judge call of {@code evaluated}, made without rendering a judge prompt. */
    static ModelCallCompleted judgeAnswer(ModelCallCompleted evaluated, String output, BigDecimal cost) {
        EvalContext eval = evaluated.eval().forJudge(new JudgeContext(evaluated.withEval(null), 0, 0, List.of()));
        return new ModelCallCompleted(evaluated.callId() + ":judge:0", evaluated.jobId() + ":judge", null, null, "llm-judge",
                "1.0.0", "echo", "echo", CallStatus.SUCCEEDED, output, 10, 5, cost, true, 40, null, 1, Map.of(),
                Experiments.AT, null, false, eval);
    }
}
