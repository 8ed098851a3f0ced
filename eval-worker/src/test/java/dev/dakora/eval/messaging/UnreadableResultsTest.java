package dev.dakora.eval.messaging;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EventJson;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import dev.dakora.eval.support.Experiments;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadableResultsTest {

    private final Clock clock = Clock.fixed(Experiments.AT, ZoneOffset.UTC);
    private final UnreadableResults unreadable = new UnreadableResults(clock);

    /** A call result as JSON whose status no reader knows. */
    private static byte[] withUnknownStatus(Object result) {
        return new String(EventJson.write(result), StandardCharsets.UTF_8).replace("\"succeeded\"", "\"exploded\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_score_an_unreadable_result_that_names_its_evaluated_call_as_an_evaluation_error() {
        byte[] raw = withUnknownStatus(Experiments.result("exp-1", "job-1", 4, "Paris"));

        CallScored score = unreadable.scoreOf(raw, "unknown status 'exploded'").orElseThrow();

        assertThat(score.experimentId()).isEqualTo("exp-1");
        assertThat(score.callId()).isEqualTo("job-1:echo:0");
        assertThat(score.datasetRow()).isEqualTo(4);
        assertThat(score.rowIndex()).isEqualTo(3);
        assertThat(score.passed()).isFalse();
        assertThat(score.costUsd()).isEqualByComparingTo("0.002");
        assertThat(score.assertions()).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("type", EvaluationErrors.TYPE)
                .containsEntry("reason", "evaluation error: the call result could not be read: unknown status 'exploded'"));
    }

    @Test
    void should_score_the_evaluated_call_of_an_unreadable_judge_result() {
        byte[] raw = withUnknownStatus(GuardedScoringTest.judgeAnswer(Experiments.result("exp-1", "job-2", 1, "Paris"),
                "{\"score\": 1}", BigDecimal.ONE));

        CallScored score = unreadable.scoreOf(raw, "unreadable").orElseThrow();

        assertThat(score.callId()).isEqualTo("job-2:echo:0");
        assertThat(score.jobId()).isEqualTo("job-2");
    }

    @Test
    void should_give_no_score_for_bytes_that_are_not_json_or_name_no_experiment() {
        assertThat(unreadable.scoreOf("{not a result".getBytes(StandardCharsets.UTF_8), "bad")).isEmpty();
        assertThat(unreadable.scoreOf(withUnknownStatus(Experiments.result("exp-1", "job-3", 1, "Paris").withEval(null)), "bad"))
                .isEmpty();
        assertThat(unreadable.scoreOf(null, "bad")).isEmpty();
    }
}
