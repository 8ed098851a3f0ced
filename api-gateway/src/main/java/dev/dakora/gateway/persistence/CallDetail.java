package dev.dakora.gateway.persistence;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/**
 * One logged model call in full, as {@code GET /api/executions/{call_id}} answers it.
 *
 * @param prompt  the rendered prompt the model was sent; {@code null} for calls logged without it
 * @param costUsd {@code null} when the model has no price
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallDetail(String callId, String jobId, String batchId, Integer rowIndex, String templateId, String version,
                         String model, String provider, String status, Object inputs, String prompt, String output,
                         long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs, int attempts,
                         String error, String createdAt) {
}
