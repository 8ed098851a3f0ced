package dev.dakora.gateway.persistence;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/**
 * A logged call with the fields of a {@code ModelCallCompleted}, named as on the topic: what a late live-events
 * subscriber gets as a {@code call.completed} for each call of its job so far.
 *
 * @param completedAt when the call was logged ({@code created_at} of its row)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoggedCall(String callId, String jobId, String batchId, Integer rowIndex, String templateId, String version,
                         String model, String provider, String status, String output, long tokensIn, long tokensOut,
                         BigDecimal costUsd, boolean priced, long latencyMs, String error, int attempts, boolean cached,
                         Object inputs, String completedAt) {
}
