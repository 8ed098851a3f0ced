package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.DatasetVersion;
import dev.dakora.gateway.persistence.StoredDatasetRow;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/** The bodies of the dataset routes; the stored dataset, version and row are the persistence records. */
final class DatasetSchemas {

    private DatasetSchemas() {
    }

    @Schema(name = "DatasetFromBatch", requiredProperties = "batch_id")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FromBatch(@NotBlank(message = "is required: a non-empty string") String batchId,
                     @Pattern(regexp = JobBodies.NON_EMPTY, message = "must be a non-empty string")
                     @Schema(description = "One of the batch's models: its output becomes each row's expected.")
                     String expectedModel) {
    }

    @Schema(name = "DatasetUpload", description = "A multipart upload: the file part holds the rows; its format comes from "
            + "its name (.csv, .jsonl/.ndjson, .json), else its content type.", requiredProperties = "file")
    record Upload(@Schema(type = "string", format = "binary") String file, String templateId) {
    }

    @Schema(name = "DatasetUploadRow", description = "One row of a JSON or JSON Lines upload; inputs and metadata are open "
            + "objects.", requiredProperties = "inputs")
    record UploadRow(Map<String, Object> inputs, String expected, Map<String, Object> metadata) {
    }

    @Schema(name = "DatasetVersionPage", requiredProperties = {"items", "next_cursor"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VersionPage(List<DatasetVersion> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "DatasetRows", requiredProperties = {"name", "version", "row_count", "items", "next_cursor"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Rows(String name, String version, int rowCount, List<StoredDatasetRow> items,
                @Schema(nullable = true) String nextCursor) {
    }
}
