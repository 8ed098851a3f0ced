package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * One row of a dataset version: as it is written (a JSON array of them, see {@link DatasetWrites#create})
 * and as {@code GET .../rows} answers it. {@code inputs} and {@code metadata} are the user's own values.
 *
 * @param row numbered from 1 within its version
 */
@Schema(name = "DatasetRow", description = "inputs and metadata are open objects.",
        requiredProperties = {"row", "inputs", "expected", "metadata"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoredDatasetRow(int row, Map<String, Object> inputs, @Schema(nullable = true) String expected,
                               Map<String, Object> metadata) {
}
