package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.ExperimentDefined;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dakora.evaluation.scoring.Definitions.contains;
import static dev.dakora.evaluation.scoring.Definitions.defined;
import static dev.dakora.evaluation.scoring.Definitions.judgeFreeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JudgeFreeScoringTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:05:00Z"), ZoneOffset.UTC);

    private final Map<String, ExperimentDefined> topic = new HashMap<>();
    private final JudgeFreeScoring scoring = new JudgeFreeScoring(id -> Optional.ofNullable(topic.get(id)),
            new CompiledExperiments(4), new Scores(CLOCK), new EvaluationErrors(CLOCK));

    @Test
    void should_score_a_passing_and_a_failing_output_with_the_suite_in_one_step() {
        topic.put("exp-1", defined("exp-1", List.of(contains("Paris"), Map.of("type", "starts-with", "value", "Paris"))));

        CallScored passed = scoring.score(judgeFreeResult("exp-1", "job-1", 1, "Paris"));
        CallScored failed = scoring.score(judgeFreeResult("exp-1", "job-2", 2, "Lyon is not the capital"));

        assertThat(passed.passed()).isTrue();
        assertThat(passed.score()).isEqualTo(1.0);
        assertThat(passed).extracting(CallScored::callId, CallScored::datasetRow, CallScored::sample, CallScored::scoredAt)
                .containsExactly("job-1:echo:0", 1, 0, CLOCK.instant());
        assertThat(passed.judgeCostUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(passed.costUsd()).isEqualByComparingTo("0.002");
        assertThat(failed.passed()).isFalse();
        assertThat(failed.score()).isEqualTo(0.0);
        assertThat(failed.assertions()).extracting(a -> a.get("type")).containsExactly("contains", "starts-with");
    }

    @Test
    void should_make_an_evaluation_error_of_a_definition_that_cannot_be_compiled() {
        topic.put("exp-bad", defined("exp-bad", List.of(Map.of("type", "no-such-assertion"))));

        CallScored score = scoring.score(judgeFreeResult("exp-bad", "job-1", 1, "Paris"));

        assertThat(score.passed()).isFalse();
        assertThat(score.assertions()).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("type", EvaluationErrors.TYPE).extractingByKey("reason").asString()
                .contains("cannot be compiled"));
    }

    @Test
    void should_make_an_evaluation_error_of_an_unknown_experiment_and_of_one_with_judges() {
        topic.put("exp-judged", defined("exp-judged", List.of(
                Map.of("type", "llm-judge", "rubric", "Is it right?", "model", "echo"))));

        CallScored unknown = scoring.score(judgeFreeResult("exp-missing", "job-1", 1, "Paris"));
        CallScored judged = scoring.score(judgeFreeResult("exp-judged", "job-2", 1, "Paris"));

        assertThat(unknown.assertions().getFirst().get("reason").toString()).contains("unknown experiment exp-missing");
        assertThat(judged.assertions().getFirst().get("reason").toString()).contains("has judge assertions");
        assertThat(judged.passed()).isFalse();
    }

    @Test
    void should_make_an_evaluation_error_of_a_call_id_without_its_sample_number() {
        topic.put("exp-1", defined("exp-1", List.of(contains("Paris"))));
        var odd = judgeFreeResult("exp-1", "job-1", 1, "Paris");
        var noSample = new dev.dakora.common.event.ModelCallCompleted("job-1:echo", odd.jobId(), odd.batchId(),
                odd.rowIndex(), odd.templateId(), odd.version(), odd.model(), odd.provider(), odd.status(), odd.output(),
                odd.tokensIn(), odd.tokensOut(), odd.costUsd(), odd.priced(), odd.latencyMs(), odd.error(), odd.attempts(),
                odd.inputs(), odd.completedAt(), odd.prompt(), odd.cached(), odd.eval());

        CallScored score = scoring.score(noSample);

        assertThat(score.assertions().getFirst().get("reason").toString()).contains("scoring failed");
    }

    @Test
    void should_let_a_lookup_that_cannot_read_the_topic_fail_so_the_batch_is_retried() {
        JudgeFreeScoring unreachable = new JudgeFreeScoring(id -> {
            throw new IllegalStateException("could not read dakora.experiments to its end");
        }, new CompiledExperiments(4), new Scores(CLOCK), new EvaluationErrors(CLOCK));

        assertThatThrownBy(() -> unreachable.score(judgeFreeResult("exp-1", "job-1", 1, "Paris")))
                .isInstanceOf(IllegalStateException.class);
    }
}
