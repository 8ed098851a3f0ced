package dev.dakora.common.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A batch's counters after a job or call of it completed. */
public record BatchProgressed(String batchId, JobStatus status, int totalJobs, int completedJobs, int failedJobs,
                              int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                              long totalTokensOut, Instant updatedAt) implements ResultEvent {

    public BatchProgressed {
        Require.text(batchId, "batch_id");
        Require.present(status, "status");
        Require.present(updatedAt, "updated_at");
        totalCostUsd = totalCostUsd == null ? BigDecimal.ZERO : totalCostUsd;
    }

    @Override
    public String key() {
        return batchId;
    }
}
