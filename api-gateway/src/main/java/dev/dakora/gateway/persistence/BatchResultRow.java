package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One (input row, model) result of a batch, as {@code GET /api/batches/{id}/results} streams it.
 *
 * @param inputs the row's inputs as the job ran them (open values)
 * @param callId the logged call, for {@code GET /api/executions/{call_id}}; not a CSV column
 */
@Schema(name = "BatchResultRow", description = "One (input row, model) result; inputs are the row's open values.",
        requiredProperties = {"row_index", "inputs", "model", "provider", "output", "tokens_in", "tokens_out",
                "cost_usd", "latency_ms", "error"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchResultRow(Integer rowIndex, Map<String, Object> inputs, String model, String provider,
                             @Schema(nullable = true) String output, long tokensIn, long tokensOut,
                             @Schema(nullable = true) BigDecimal costUsd, long latencyMs,
                             @Schema(nullable = true) String error, String callId) {
}
