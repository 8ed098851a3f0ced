package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/**
 * One row of the execution log as {@code GET /api/executions} lists it: the reference's columns
 * ({@code prompt_id}, {@code inputs_json}, {@code output_text}, ...) and the pipeline's.
 *
 * @param inputsJson the job's inputs (open values)
 * @param costUsd    {@code null} when the model has no price
 * @param cached     answered from the LLM worker's response cache (no provider call, cost 0)
 */
@Schema(name = "Execution", description = "One model call; inputs_json holds the job's open inputs.",
        requiredProperties = {"call_id", "prompt_id", "version", "inputs_json", "output_text", "provider", "model",
                "tokens_in", "tokens_out", "cost_usd", "latency_ms", "created_at", "job_id", "batch_id", "status",
                "error", "attempts", "cached"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExecutionView(String callId, String promptId, String version, Object inputsJson,
                            @Schema(nullable = true) String outputText, String provider, String model, long tokensIn,
                            long tokensOut, @Schema(nullable = true) BigDecimal costUsd, long latencyMs,
                            @Schema(format = "date-time") String createdAt, @Schema(nullable = true) String jobId,
                            @Schema(nullable = true) String batchId,
                            @Schema(allowableValues = {"succeeded", "failed", "cancelled"}) String status,
                            @Schema(nullable = true) String error, int attempts, boolean cached) {
}
