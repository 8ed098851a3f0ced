package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.JobStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.dakora.sink.stream.TopologyHarness.progress;
import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.cancelled;
import static dev.dakora.sink.support.TestEvents.cancelledCall;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.failed;
import static dev.dakora.sink.support.TestEvents.renderFailed;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static dev.dakora.sink.support.TestEvents.unpriced;
import static org.assertj.core.api.Assertions.assertThat;

class BatchAggregationTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "claude-3-5-haiku-latest");

    @Test
    void should_complete_batch_with_its_totals_when_every_job_is_final() {
        // given
        harness.send(batch("b1", 2, MODELS));
        submitAndRender("b1", 0);
        submitAndRender("b1", 1);

        // when
        harness.send(succeeded("b1-0", "b1", 0, MODELS.get(0)));
        harness.send(failed("b1-0", "b1", 0, MODELS.get(1)));
        harness.send(succeeded("b1-1", "b1", 1, MODELS.get(0)));
        harness.send(unpriced("b1-1", "b1", 1, MODELS.get(1)));

        // then
        BatchProgressed last = progress(harness.drain()).getLast();
        assertThat(last.batchId()).isEqualTo("b1");
        assertThat(last.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(last.totalJobs()).isEqualTo(2);
        assertThat(last.completedJobs()).isEqualTo(2);
        assertThat(last.failedJobs()).isZero();
        assertThat(last.totalCalls()).isEqualTo(4);
        assertThat(last.completedCalls()).isEqualTo(4);
        assertThat(last.totalCostUsd()).as("only priced successful calls").isEqualByComparingTo(new BigDecimal("0.002"));
        assertThat(last.totalTokensIn()).as("failed calls add no tokens").isEqualTo(23);
        assertThat(last.totalTokensOut()).isEqualTo(43);
    }

    @Test
    void should_keep_batch_running_when_a_job_is_still_open() {
        // given
        harness.send(batch("b2", 2, MODELS));
        submitAndRender("b2", 0);
        submitAndRender("b2", 1);

        // when: every call of row 0, one call of row 1
        harness.send(succeeded("b2-0", "b2", 0, MODELS.get(0)));
        harness.send(succeeded("b2-0", "b2", 0, MODELS.get(1)));
        harness.send(succeeded("b2-1", "b2", 1, MODELS.get(0)));

        // then
        BatchProgressed last = progress(harness.drain()).getLast();
        assertThat(last.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(last.completedJobs()).isEqualTo(1);
        assertThat(last.completedCalls()).isEqualTo(3);
    }

    @Test
    void should_not_count_again_when_call_results_are_redelivered() {
        // given
        harness.send(batch("b3", 1, MODELS));
        submitAndRender("b3", 0);
        harness.send(succeeded("b3-0", "b3", 0, MODELS.get(0)));
        harness.send(succeeded("b3-0", "b3", 0, MODELS.get(1)));
        BatchProgressed before = progress(harness.drain()).getLast();

        // when
        harness.send(succeeded("b3-0", "b3", 0, MODELS.get(0)));
        harness.send(succeeded("b3-0", "b3", 0, MODELS.get(1)));

        // then
        assertThat(progress(harness.drain())).isEmpty();
        assertThat(before.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(before.completedCalls()).isEqualTo(2);
        assertThat(before.totalCostUsd()).isEqualByComparingTo(new BigDecimal("0.002"));
        assertThat(before.totalTokensIn()).isEqualTo(20);
    }

    @Test
    void should_count_calls_seen_before_the_batch_submission_when_it_arrives_last() {
        // given: the batch's jobs and calls travel ahead of its submission
        submitAndRender("b4", 0);
        harness.send(succeeded("b4-0", "b4", 0, MODELS.get(0)));
        harness.send(succeeded("b4-0", "b4", 0, MODELS.get(1)));
        BatchProgressed early = progress(harness.drain()).getLast();
        assertThat(early.status()).as("totals not known yet").isEqualTo(JobStatus.RUNNING);

        // when
        harness.send(batch("b4", 1, MODELS));

        // then
        BatchProgressed last = progress(harness.drain()).getLast();
        assertThat(last.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(last.completedCalls()).isEqualTo(2);
        assertThat(last.totalJobs()).isEqualTo(1);
        assertThat(last.updatedAt()).as("as of its latest call, not its earlier submission").isEqualTo(AT.plusSeconds(3));
    }

    @Test
    void should_count_failed_and_cancelled_jobs_as_failed_when_the_batch_ends() {
        // given
        harness.send(batch("b5", 2, MODELS));
        harness.send(compareJob("b5-0", "b5", 0, MODELS));
        harness.send(renderFailed("b5-0", "b5", 0));
        submitAndRender("b5", 1);
        harness.send(cancelled("b5-1", "b5"));

        // when
        harness.send(cancelledCall("b5-1", "b5", 1, MODELS.get(0)));
        harness.send(cancelledCall("b5-1", "b5", 1, MODELS.get(1)));

        // then
        BatchProgressed last = progress(harness.drain()).getLast();
        assertThat(last.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(last.completedJobs()).isZero();
        assertThat(last.failedJobs()).isEqualTo(2);
        assertThat(last.completedCalls()).as("cancelled calls did not complete").isZero();
        assertThat(last.totalCostUsd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void should_report_queued_batch_when_only_its_submission_is_known() {
        // when
        harness.send(batch("b6", 3, MODELS));

        // then
        BatchProgressed only = progress(harness.drain()).getFirst();
        assertThat(only.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(only.totalJobs()).isEqualTo(3);
        assertThat(only.totalCalls()).isEqualTo(6);
    }

    @Test
    void should_report_many_calls_in_one_progress_when_the_batch_status_does_not_change() {
        // given
        harness.send(batch("b7", 2, MODELS));
        submitAndRender("b7", 0);
        submitAndRender("b7", 1);
        harness.drain();

        // when: the first call starts the batch, the next ones only add to its counters
        harness.send(succeeded("b7-0", "b7", 0, MODELS.get(0)));
        harness.send(succeeded("b7-1", "b7", 1, MODELS.get(0)));
        harness.send(succeeded("b7-1", "b7", 1, MODELS.get(1)));

        // then
        assertThat(progress(harness.readNow())).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(report.completedCalls()).isEqualTo(1);
        });
        assertThat(progress(harness.drain())).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(report.completedCalls()).isEqualTo(3);
            assertThat(report.completedJobs()).isEqualTo(1);
        });
    }

    private void submitAndRender(String batchId, int row) {
        String jobId = batchId + "-" + row;
        harness.send(compareJob(jobId, batchId, row, MODELS));
        harness.send(rendered(jobId, batchId, row, MODELS));
    }
}
