package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.ModelCallCompleted;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.dakora.sink.stream.TopologyHarness.progress;
import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

class JudgeCallsTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("echo");

    /** A judge call's result; {@code jobId} and {@code batchId} as given, so a test can make it look like a batch call. */
    private static ModelCallCompleted judgeResult(String jobId, String batchId, Integer row) {
        ModelCallCompleted evaluated = succeeded("j-0", "jb", 0, "echo");
        EvalContext eval = EvalContext.of("exp-1", 1, null).forJudge(new JudgeContext(evaluated, 0, 0, List.of()));
        return new ModelCallCompleted(evaluated.callId() + ":judge:0", jobId, batchId, row, "llm-judge", "1.0.0",
                "gpt-4o-mini", "openai", CallStatus.SUCCEEDED, "{\"score\": 1}", 100, 10, new BigDecimal("0.5"), true, 30,
                null, 1, Map.of(), AT.plusSeconds(5), null, false, eval);
    }

    @Test
    void should_keep_no_job_aggregate_for_a_judge_call() {
        harness.send(judgeResult("j-0:judge", null, null));

        assertThat(harness.jobStore().get("j-0:judge")).isNull();
        assertThat(harness.drain()).isEmpty();
    }

    @Test
    void should_keep_a_job_aggregate_for_an_ordinary_call_of_a_job_not_seen_yet() {
        harness.send(succeeded("unseen", null, null, "echo"));

        assertThat(harness.jobStore().get("unseen")).isNotNull();
    }

    @Test
    void should_leave_batch_counters_unchanged_by_a_judge_call_even_under_the_batch_s_job() {
        // given
        harness.send(batch("jb", 1, MODELS));
        harness.send(compareJob("j-0", "jb", 0, MODELS));
        harness.send(rendered("j-0", "jb", 0, MODELS));

        // when: a judge result under the evaluated job's and batch's ids, then the evaluated call
        harness.send(judgeResult("j-0", "jb", 0));
        harness.send(succeeded("j-0", "jb", 0, "echo"));

        // then
        BatchProgressed last = progress(harness.drain()).getLast();
        assertThat(last.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(last.completedCalls()).isEqualTo(1);
        assertThat(last.totalTokensIn()).isEqualTo(10);
        assertThat(last.totalCostUsd()).isEqualByComparingTo("0.001");
    }
}
