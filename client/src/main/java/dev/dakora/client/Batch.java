package dev.dakora.client;

import java.math.BigDecimal;

/** A batch's progress as {@code GET /api/batches/{batch_id}} shows it. */
public record Batch(String batchId, String name, String templateId, String status, int totalJobs, int completedJobs,
                    int failedJobs, int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                    long totalTokensOut, String createdAt, String completedAt) {

    public boolean isFinal() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
