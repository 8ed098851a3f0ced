package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The bodies of the dataset routes. */
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

    @Schema(name = "DatasetVersion", description = "source: upload:csv|jsonl|json or batch:<batch_id>.",
            requiredProperties = {"name", "version", "row_count", "source", "template_id", "created_at"})
    record Version(String name, String version, int rowCount, String source, @Schema(nullable = true) String templateId,
                   Instant createdAt) {
    }

    @Schema(name = "DatasetVersionPage", requiredProperties = {"items", "next_cursor"})
    record VersionPage(List<Version> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "DatasetSummary", requiredProperties = {"name", "latest_version", "row_count", "created_at",
            "updated_at"})
    record Summary(String name, String latestVersion, int rowCount, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "DatasetPage", requiredProperties = {"items", "next_cursor"})
    record SummaryPage(List<Summary> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "DatasetRow", description = "inputs and metadata are open objects.",
            requiredProperties = {"row", "inputs", "expected", "metadata"})
    record Row(int row, Map<String, Object> inputs, @Schema(nullable = true) String expected, Map<String, Object> metadata) {
    }

    @Schema(name = "DatasetRows", requiredProperties = {"name", "version", "row_count", "items", "next_cursor"})
    record Rows(String name, String version, int rowCount, List<Row> items, @Schema(nullable = true) String nextCursor) {
    }
}
