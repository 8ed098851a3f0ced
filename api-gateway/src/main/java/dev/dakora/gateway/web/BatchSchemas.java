package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/** The bodies of the batch routes. */
final class BatchSchemas {

    private BatchSchemas() {
    }

    @Schema(name = "BatchRequest", description = "One compare job per row of inputs (row values are open, coerced by the "
            + "template's input spec); version or label, not both; models optional for a dry run; name at most 200 "
            + "characters; temperature, max_tokens and top_p at the top level (as the upload's fields give them) win over "
            + "the same keys of params.", requiredProperties = {"template_id", "inputs"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Request(@Pattern(regexp = JobBodies.NON_EMPTY, message = "is required (a non-empty string)") String templateId,
                   @Pattern(regexp = JobBodies.NON_EMPTY, message = "must be a non-empty string") String version,
                   @Pattern(regexp = JobBodies.NON_EMPTY, message = "must be a non-empty string") String label,
                   @Size(max = JobRequests.MAX_MODELS, message = "may name at most " + JobRequests.MAX_MODELS + " models")
                   List<@NotBlank(message = JobBodies.MODEL_NAMES) String> models,
                   List<Map<String, Object>> inputs,
                   @Schema(implementation = BatchLaneSchemas.Params.class) Map<String, Object> params,
                   @Pattern(regexp = JobBodies.NON_EMPTY, message = "must be a non-empty string") String name,
                   Double temperature, Integer maxTokens, Double topP) {
    }

    @Schema(name = "BatchUpload", description = "A multipart upload: the file part holds the rows (CSV, or JSON Lines when "
            + "its name ends in .jsonl or .ndjson); the other fields as form fields or query parameters.",
            requiredProperties = {"file", "template_id"})
    record Upload(@Schema(type = "string", format = "binary") String file, String templateId, String version, String label,
                  @Schema(description = "Model names, repeated or comma-separated.") List<String> models, String name,
                  Double temperature, Integer maxTokens, Double topP,
                  @Schema(description = "The batch's lane, as a form field or the lane query parameter (both given must "
                          + "agree): " + BatchLaneSchemas.LANE, allowableValues = {"online", "batch", "auto"}) String lane) {
    }

    @Schema(name = "BatchAccepted", requiredProperties = {"batch_id", "total_jobs", "total_calls", "status", "lane",
            "expected_completion_by"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accepted(String batchId, int totalJobs, int totalCalls, @Schema(allowableValues = "queued") String status,
                    @Schema(allowableValues = {"online", "batch"}, description = "The lane the batch was given, auto "
                            + "decided: the batch read model's lane.") String lane,
                    @Schema(format = "date-time", nullable = true, description = "On the batch lane: the submission time "
                            + "plus the providers' 24 h completion window, as the batch read model gives it; null online.")
                    String expectedCompletionBy) {
    }

    @Schema(name = "BatchCheckRow", description = "inputs as a submission would send them (null when invalid); line is "
            + "the row's first line in an uploaded file (absent for a JSON body).",
            requiredProperties = {"row_index", "valid", "inputs", "errors"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CheckRow(int rowIndex, @JsonInclude(JsonInclude.Include.NON_NULL) Integer line, boolean valid,
                    @Schema(nullable = true) Map<String, Object> inputs, List<ProblemSchemas.FieldProblem> errors) {
    }

    @Schema(name = "BatchCheck", requiredProperties = {"template_id", "version", "total_rows", "valid_rows",
            "invalid_rows", "rows"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Check(String templateId, String version, int totalRows, long validRows, long invalidRows, List<CheckRow> rows) {
    }

    @Schema(name = "BatchCancellation", requiredProperties = {"batch_id", "cancel_requested_jobs"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cancelled(String batchId, long cancelRequestedJobs) {
    }
}
