package dev.dakora.sink.domain;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.JobStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A batch's counters as the log sink aggregates them. Jobs and calls may be counted before the batch's
 * submission is seen (they travel through other partitions); the batch is final only once its totals
 * are known and every job is final.
 *
 * @param updatedAt   the latest time among the signals counted
 * @param completedAt when the batch became final, {@code null} before
 */
public record BatchState(String batchId, BatchSubmitted submission, int completedJobs, int failedJobs,
                         int cancelledJobs, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                         long totalTokensOut, boolean progressed, Instant updatedAt, Instant completedAt) {

    public BatchState {
        totalCostUsd = totalCostUsd == null ? BigDecimal.ZERO : totalCostUsd;
    }

    public static BatchState empty(String batchId) {
        return new BatchState(batchId, null, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, false, null, null);
    }

    public JobStatus status() {
        if (allJobsFinal()) {
            return cancelledJobs > 0 ? JobStatus.CANCELLED : JobStatus.COMPLETED;
        }
        return progressed ? JobStatus.RUNNING : JobStatus.QUEUED;
    }

    boolean allJobsFinal() {
        return submission != null && completedJobs + failedJobs + cancelledJobs >= submission.totalJobs();
    }

    /** The counters as published; a cancelled job counts as failed (it did not complete). */
    public BatchProgressed progress() {
        int totalJobs = submission == null ? 0 : submission.totalJobs();
        int totalCalls = submission == null ? 0 : submission.totalCalls();
        return new BatchProgressed(batchId, status(), totalJobs, completedJobs, failedJobs + cancelledJobs, totalCalls,
                completedCalls, totalCostUsd, totalTokensIn, totalTokensOut, updatedAt);
    }
}
