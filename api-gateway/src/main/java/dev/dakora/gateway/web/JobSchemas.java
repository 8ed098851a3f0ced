package dev.dakora.gateway.web;

import dev.dakora.common.event.EventJson;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the job and compare routes. */
final class JobSchemas {

    private JobSchemas() {
    }

    @Schema(name = "CallParams", description = "temperature, max_tokens and top_p, checked; any other key passes through "
            + "to the provider unchanged (open).")
    record Params(Double temperature, Integer maxTokens, Double topP) {
    }

    @Schema(name = "JobAccepted", description = "created is false when an earlier request with the same Idempotency-Key "
            + "made this job.", requiredProperties = {"job_id", "status", "created"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accepted(String jobId, @Schema(allowableValues = "queued") String status, boolean created) {
    }

    @Schema(name = "JobCancellation", requiredProperties = {"job_id", "status", "cancel_requested"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cancelled(String jobId, @Schema(description = "The status when the cancel was asked for.") String status,
                     boolean cancelRequested) {
    }

    @Schema(name = "ModelResult", description = "One model's answer; error is set (tokens and cost zero) when the call failed.",
            requiredProperties = {"output", "provider", "model", "tokens_in", "tokens_out", "cost_usd", "latency_ms", "error"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ModelResult(String output, String provider, String model, long tokensIn, long tokensOut,
                       @Schema(nullable = true) BigDecimal costUsd, long latencyMs, @Schema(nullable = true) String error) {
    }

    /** The comparison result of a compare job, read from the {@code result} of its {@code job.completed} event. */
    @Schema(name = "ComparisonResult", requiredProperties = {"results", "total_cost_usd", "total_tokens_in",
            "total_tokens_out", "total_time_ms", "successful_count", "failed_count"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Comparison(List<ModelResult> results, BigDecimal totalCostUsd, long totalTokensIn, long totalTokensOut,
                      long totalTimeMs, int successfulCount, int failedCount,
                      @Schema(description = "false when a model had no price (its cost counts as 0).") Boolean fullyPriced) {

        /** @param result the event's {@code result}, in the events' JSON form (snake_case) */
        static Comparison of(Object result) {
            return EventJson.mapper().convertValue(result, Comparison.class);
        }
    }
}
