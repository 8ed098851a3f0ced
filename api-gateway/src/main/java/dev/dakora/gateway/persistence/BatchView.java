package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch as {@code GET /api/batches/{id}} answers it: the log sink's progress counters, or the gateway's
 * submission (queued, counters 0) while the sink has not seen it, with its lane (see {@link BatchLaneView}) and,
 * on the batch lane, what it saved (see {@link BatchSavings}).
 */
@Schema(name = "Batch", requiredProperties = {"batch_id", "name", "template_id", "version", "models", "status",
        "total_jobs", "completed_jobs", "failed_jobs", "total_calls", "completed_calls", "total_cost_usd",
        "total_tokens_in", "total_tokens_out", "created_at", "completed_at"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchView(String batchId, @Schema(nullable = true) String name, String templateId, String version,
                        @ArraySchema(arraySchema = @Schema(nullable = true)) List<String> models,
                        @Schema(allowableValues = {"queued", "running", "completed", "failed", "cancelled"}) String status,
                        int totalJobs, int completedJobs, int failedJobs, int totalCalls, int completedCalls,
                        BigDecimal totalCostUsd, long totalTokensIn, long totalTokensOut,
                        @Schema(format = "date-time") String createdAt,
                        @Schema(format = "date-time", nullable = true) String completedAt,
                        @Schema(allowableValues = {"online", "batch"},
                                description = "The lane the batch's calls take; online when none was chosen.") String lane,
                        @Schema(format = "date-time", nullable = true, description = "On the batch lane: the submission "
                                + "time plus the providers' 24 h completion window; null on the online lane.")
                        String expectedCompletionBy,
                        @Schema(nullable = true, description = "On the batch lane: what the batch's logged priced calls "
                                + "would have cost online, at the price table's list prices (a cached answer at its cost, "
                                + "0); null on the online lane, before a priced call is logged and when a model has no list "
                                + "price here.") BigDecimal listPriceUsd,
                        @Schema(nullable = true, description = "list_price_usd less what the same calls cost; null when "
                                + "list_price_usd is.") BigDecimal savingUsd) {

    /** This batch with what its lane saved. */
    public BatchView withSaving(BatchSaving saving) {
        return new BatchView(batchId, name, templateId, version, models, status, totalJobs, completedJobs, failedJobs,
                totalCalls, completedCalls, totalCostUsd, totalTokensIn, totalTokensOut, createdAt, completedAt, lane,
                expectedCompletionBy, saving.listPriceUsd(), saving.savingUsd());
    }
}
