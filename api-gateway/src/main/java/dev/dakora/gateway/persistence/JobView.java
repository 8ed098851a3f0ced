package dev.dakora.gateway.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A job as {@code GET /api/jobs/{id}} answers it: the log sink's row, or the gateway's submission while the sink
 * has not seen it ({@code queued}). {@code batch_id} and {@code row_index} appear only for a job of a batch;
 * {@code rendered}, {@code result} and {@code error} only when set.
 *
 * @param type   {@code null}, like {@code template_id} and {@code version}, while the sink has logged the job's render
 *               but not yet its submission
 * @param result the comparison result the log sink stored, passed through as written
 */
@Schema(name = "Job", description = "rendered once rendered, result for a completed compare job, error for a failed "
        + "one; batch_id and row_index only for a job of a batch.", requiredProperties = {"job_id", "type", "status",
        "template_id", "version", "created_at", "completed_at"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobView(String jobId,
                      @Schema(allowableValues = {"render", "compare"}, nullable = true) String type,
                      @Schema(allowableValues = {"queued", "running", "completed", "failed", "cancelled"}) String status,
                      @Schema(nullable = true) String templateId, @Schema(nullable = true) String version,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String batchId,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer rowIndex,
                      @Schema(format = "date-time") String createdAt,
                      @Schema(format = "date-time", nullable = true) String completedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String rendered,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(ref = "#/components/schemas/ComparisonResult") Object result,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
}
