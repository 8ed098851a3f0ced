package dev.dakora.gateway.experiments;

import dev.dakora.gateway.persistence.ExperimentResultReads.BatchProgress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentStatusTest {

    @Test
    void should_stay_running_until_every_batch_is_final_and_every_completed_call_is_scored() {
        // given
        List<BatchProgress> oneRunning = List.of(batch("completed", 4, 4, "2026-01-01T00:00:02Z"), batch("running", 4, 1, null));
        List<BatchProgress> bothDone = List.of(batch("completed", 4, 4, "2026-01-01T00:00:02Z"), batch("completed", 4, 4, "2026-01-01T00:00:03Z"));

        // when / then
        assertThat(ExperimentStatus.of(2, List.of(), 0, 2).status()).isEqualTo("queued");
        assertThat(ExperimentStatus.of(2, oneRunning.subList(0, 1), 4, 2).status()).as("a batch the sink has not seen yet").isEqualTo("running");
        assertThat(ExperimentStatus.of(2, oneRunning, 5, 2).status()).isEqualTo("running");
        assertThat(ExperimentStatus.of(2, bothDone, 7, 2).status()).as("a call not scored yet").isEqualTo("running");
        ExperimentStatus done = ExperimentStatus.of(2, bothDone, 8, 2);
        assertThat(done.status()).isEqualTo("completed");
        assertThat(done.isFinal()).isTrue();
        assertThat(done.batchesCompletedAt()).isEqualTo("2026-01-01T00:00:03Z");
    }

    @Test
    void should_be_failed_when_every_batch_failed_and_cancelled_when_one_was_cancelled_counting_rows_that_made_no_call() {
        // given: 2 calls per row; a failed batch of 2 rows made 2 of its 4 calls, so one row did not render
        List<BatchProgress> failed = List.of(batch("failed", 4, 2, null), batch("failed", 4, 0, null));
        List<BatchProgress> cancelled = List.of(batch("completed", 4, 4, null), batch("cancelled", 4, 0, null));

        // when
        ExperimentStatus allFailed = ExperimentStatus.of(2, failed, 2, 2);
        ExperimentStatus oneCancelled = ExperimentStatus.of(2, cancelled, 4, 2);

        // then
        assertThat(allFailed.status()).isEqualTo("failed");
        assertThat(allFailed.renderFailures()).isEqualTo(3);
        assertThat(oneCancelled.status()).isEqualTo("cancelled");
        assertThat(oneCancelled.renderFailures()).as("cancelled rows are not render failures").isZero();
    }

    private static BatchProgress batch(String status, int totalCalls, int completedCalls, String completedAt) {
        return new BatchProgress("batch-" + status, status, totalCalls, completedCalls, completedAt);
    }
}
