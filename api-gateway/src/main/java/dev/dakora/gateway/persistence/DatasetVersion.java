package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One stored version of a dataset, as an upload answers it and the version list shows it.
 *
 * @param version    its number, as text
 * @param source     {@code upload:csv|jsonl|json} or {@code batch:<batch_id>}
 * @param templateId the template the rows were checked against; {@code null} when none
 */
@Schema(name = "DatasetVersion", description = "source: upload:csv|jsonl|json or batch:<batch_id>.",
        requiredProperties = {"name", "version", "row_count", "source", "template_id", "created_at"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetVersion(String name, String version, int rowCount, String source,
                             @Schema(nullable = true) String templateId, @Schema(format = "date-time") String createdAt) {

    public int number() {
        return Integer.parseInt(version);
    }
}
