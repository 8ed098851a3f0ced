package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.RowFailure;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code GET /api/batches/{id}/failures}: rows that failed before any model call, by row index.
 *
 * @param truncated more failed rows exist than {@code items} holds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BatchFailures(String batchId, List<RowFailure> items, boolean truncated) {
}
