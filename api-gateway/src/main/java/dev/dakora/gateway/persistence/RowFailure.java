package dev.dakora.gateway.persistence;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A batch row that ended without model calls to show for it: its render failed, or it was cancelled
 * before it rendered.
 *
 * @param rowIndex the row's index in the submitted rows, from 0
 * @param error    why, as the pipeline reported it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RowFailure(int rowIndex, String status, String error, Object inputs) {
}
