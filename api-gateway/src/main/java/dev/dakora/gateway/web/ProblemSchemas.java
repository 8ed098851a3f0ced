package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** The problem details (RFC 9457) every route answers errors with. */
final class ProblemSchemas {

    private ProblemSchemas() {
    }

    @Schema(name = "FieldError", description = "One failing field. row_index names the batch row (0-based); row and line "
            + "the dataset row (from 1) and its line in the uploaded file.", requiredProperties = {"field", "message"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldProblem(String field, String message, Integer rowIndex, Integer row, Integer line) {

        static FieldProblem of(String field, String message) {
            return new FieldProblem(field, message, null, null, null);
        }
    }

    @Schema(name = "Problem", description = "detail says what to fix; errors lists failing fields when a body or its "
            + "inputs fail validation; render_error and line for a failed render; job_id when a comparison timed out "
            + "or failed.", requiredProperties = {"type", "title", "status", "detail", "instance"})
    record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors,
                   @Schema(allowableValues = {"undefined", "output_limit", "loop_limit", "recursion_limit", "timeout",
                           "syntax", "failed"}) String renderError,
                   Integer line, String jobId) {
    }
}
