package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A dataset as {@code GET /api/datasets/{name}} and the list answer it.
 *
 * @param latestVersion the newest version's number, as text
 * @param rowCount      the newest version's rows
 * @param updatedAt     when the newest version was stored (ISO-8601 UTC)
 */
@Schema(name = "DatasetSummary", requiredProperties = {"name", "latest_version", "row_count", "created_at", "updated_at"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetSummary(String name, String latestVersion, int rowCount, @Schema(format = "date-time") String createdAt,
                             @Schema(format = "date-time") String updatedAt) {
}
