package dev.dakora.gateway.experiments;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An experiment as the API shows it: its definition, status and totals, and its (version, model)
 * columns. {@code assertions} are the experiment file's own assertion maps (each type has its fields).
 */
@Schema(name = "Experiment", requiredProperties = {"experiment_id", "name", "template_id", "versions", "models", "samples",
        "dataset", "pass_threshold", "assertions", "status", "total_rows", "total_calls", "scored_calls", "passed",
        "render_failures", "judge_cost_usd", "created_at", "completed_at", "columns"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperimentView(String experimentId, String name, String templateId, List<String> versions, List<String> models,
                             Integer samples, DatasetRef dataset, @Schema(nullable = true) Double passThreshold,
                             @Schema(description = "Open: one map per assertion, its type and that type's fields.")
                             List<Map<String, Object>> assertions,
                             @Schema(allowableValues = {"queued", "running", "completed", "failed", "cancelled"}) String status,
                             int totalRows, long totalCalls, long scoredCalls, long passed, int renderFailures,
                             BigDecimal judgeCostUsd, @Schema(format = "date-time") String createdAt,
                             @Schema(nullable = true, format = "date-time") String completedAt, List<Column> columns) {

    /** A dataset version: a number, or (in a request) {@code latest}. */
    @Schema(name = "ExperimentDatasetRef", requiredProperties = "name")
    public record DatasetRef(String name, @Schema(description = "A version, or 'latest' (the default).") String version) {
    }

    /** One (version, model) column; {@code figures} is left out of list items and null before any result. */
    @Schema(name = "ExperimentColumn", description = "One (version, model) column; the figures are null or 0 until a "
            + "result is scored, and left out of list items.", requiredProperties = {"version", "model", "batch_id"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Column(String version, String model, String batchId, @JsonUnwrapped Figures figures) {
    }

    /** A column's aggregates, as the evaluation module's {@code ColumnSummary} names them. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Figures(int results, int passed, int failedCalls, @Schema(nullable = true) Double passRate,
                          @Schema(nullable = true) Double meanScore, @Schema(nullable = true) Long p50LatencyMs,
                          @Schema(nullable = true) Long p95LatencyMs, @Schema(nullable = true) BigDecimal totalCostUsd,
                          int unpricedCalls, @Schema(nullable = true) BigDecimal costPerPassUsd,
                          @Schema(nullable = true) BigDecimal judgeCostUsd) {

        static final Figures NONE = new Figures(0, 0, 0, null, null, null, null, null, 0, null, null);
    }
}
