package dev.dakora.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch's progress as {@code GET /api/batches/{batch_id}} shows it, with the template version and models it
 * runs, its lane ({@code online} or {@code batch}) and, on the batch lane, {@code expectedCompletionBy}: the
 * submission time plus the providers' 24 h completion window (null otherwise, and from servers without lanes).
 * On the batch lane {@code listPriceUsd} is what its logged priced calls would have cost online, at list prices, and
 * {@code savingUsd} that less what they cost; both null online, before a priced call is logged, when a model has no
 * list price, and from servers that do not show the saving.
 */
public record Batch(String batchId, String name, String templateId, String status, int totalJobs, int completedJobs,
                    int failedJobs, int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                    long totalTokensOut, String createdAt, String completedAt, String version, List<String> models,
                    String lane, String expectedCompletionBy, BigDecimal listPriceUsd, BigDecimal savingUsd) {

    /** A batch without its version and models. */
    public Batch(String batchId, String name, String templateId, String status, int totalJobs, int completedJobs,
                 int failedJobs, int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                 long totalTokensOut, String createdAt, String completedAt) {
        this(batchId, name, templateId, status, totalJobs, completedJobs, failedJobs, totalCalls, completedCalls,
                totalCostUsd, totalTokensIn, totalTokensOut, createdAt, completedAt, null, null);
    }

    /** A batch without its saving. */
    public Batch(String batchId, String name, String templateId, String status, int totalJobs, int completedJobs,
                 int failedJobs, int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                 long totalTokensOut, String createdAt, String completedAt, String version, List<String> models,
                 String lane, String expectedCompletionBy) {
        this(batchId, name, templateId, status, totalJobs, completedJobs, failedJobs, totalCalls, completedCalls,
                totalCostUsd, totalTokensIn, totalTokensOut, createdAt, completedAt, version, models, lane,
                expectedCompletionBy, null, null);
    }

    /** A batch without its lane. */
    public Batch(String batchId, String name, String templateId, String status, int totalJobs, int completedJobs,
                 int failedJobs, int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                 long totalTokensOut, String createdAt, String completedAt, String version, List<String> models) {
        this(batchId, name, templateId, status, totalJobs, completedJobs, failedJobs, totalCalls, completedCalls,
                totalCostUsd, totalTokensIn, totalTokensOut, createdAt, completedAt, version, models, null, null);
    }

    public boolean isFinal() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }

    /** Whether the batch runs through the providers' batch APIs. */
    public boolean onBatchLane() {
        return "batch".equals(lane);
    }
}
