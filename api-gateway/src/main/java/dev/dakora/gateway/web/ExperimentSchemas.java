package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dakora.evaluation.experiment.ExperimentSpec;
import dev.dakora.evaluation.experiment.ExperimentSpecParser;
import dev.dakora.gateway.experiments.ExperimentPlanner;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of the experiment routes. */
final class ExperimentSchemas {

    private ExperimentSchemas() {
    }

    @Schema(name = "ExperimentDatasetRef", requiredProperties = "name")
    record DatasetRef(String name, @Schema(description = "A version, or 'latest' (the default).") String version) {
    }

    @Schema(name = "ExperimentRequest", description = "The experiment file as JSON. Each assertion is a map with `type` and "
            + "that type's fields (evaluation/README.md lists them), so its schema is open.",
            requiredProperties = {"name", "template", "versions", "models", "dataset"})
    record Request(String name, String template, @Schema(description = "1 to 10 template versions") List<String> versions,
                   @Schema(description = "1 to 20 model names") List<String> models,
                   @Schema(description = "1 to 20, default 1") Integer samples, DatasetRef dataset,
                   @Schema(description = "0 to 1; without it a row passes when every assertion passes", nullable = true)
                   Double passThreshold,
                   @Schema(description = "at most 100 assertions") List<Map<String, Object>> assertions) {

        /**
         * The file read by {@link ExperimentSpecParser}, the reader of experiment files, so the body and a file
         * obey one set of rules: every refused field is named at once (unknown fields too), a dataset version
         * may be a number. A dataset without a version names the latest.
         *
         * @throws dev.dakora.evaluation.experiment.InvalidExperimentException naming each refused field
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Request read(Map<String, Object> file) {
            Map<String, Object> withVersion = latestWhenOmitted(file);
            ExperimentSpec spec = ExperimentSpecParser.parse(withVersion);
            return new Request(spec.name(), spec.template(), spec.versions(), spec.models(), spec.samples(),
                    new DatasetRef(spec.dataset(), spec.datasetVersion()), spec.passThreshold(), assertions(withVersion));
        }

        /** The experiment for the planner: these fields, read again as a file. */
        ExperimentSpec spec() {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("template", template);
            file.put("versions", versions);
            file.put("models", models);
            file.put("samples", samples);
            file.put("dataset", Map.of("name", dataset.name(), "version", dataset.version()));
            file.put("pass_threshold", passThreshold);
            file.put("assertions", assertions);
            return ExperimentSpecParser.parse(file);
        }

        private static Map<String, Object> latestWhenOmitted(Map<String, Object> file) {
            if (file.get("dataset") instanceof Map<?, ?> ref && ref.get("version") == null) {
                Map<Object, Object> withLatest = new LinkedHashMap<>(ref);
                withLatest.put("version", ExperimentPlanner.LATEST);
                Map<String, Object> copy = new LinkedHashMap<>(file);
                copy.put("dataset", withLatest);
                return copy;
            }
            return file;
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> assertions(Map<String, Object> file) {
            return (List<Map<String, Object>>) file.get("assertions");
        }
    }

    @Schema(name = "ExperimentColumn", description = "One (version, model) column; the figures are null or 0 until a "
            + "result is scored, and left out of list items.", requiredProperties = {"version", "model", "batch_id"})
    record Column(String version, String model, String batchId, Integer results, Integer passed, Integer failedCalls,
                  @Schema(nullable = true) Double passRate, @Schema(nullable = true) Double meanScore,
                  @Schema(nullable = true) Long p50LatencyMs, @Schema(nullable = true) Long p95LatencyMs,
                  @Schema(nullable = true) BigDecimal totalCostUsd, Integer unpricedCalls,
                  @Schema(nullable = true) BigDecimal costPerPassUsd, @Schema(nullable = true) BigDecimal judgeCostUsd) {
    }

    @Schema(name = "Experiment", requiredProperties = {"experiment_id", "name", "template_id", "versions", "models", "samples",
            "dataset", "status", "total_rows", "total_calls", "created_at", "columns"})
    record Experiment(String experimentId, String name, String templateId, List<String> versions, List<String> models,
                      int samples, DatasetRef dataset, @Schema(nullable = true) Double passThreshold,
                      List<Map<String, Object>> assertions,
                      @Schema(allowableValues = {"queued", "running", "completed", "failed", "cancelled"}) String status,
                      int totalRows, long totalCalls, Long scoredCalls, Long passed, Integer renderFailures,
                      @Schema(nullable = true) BigDecimal judgeCostUsd, String createdAt,
                      @Schema(nullable = true) String completedAt, List<Column> columns) {
    }

    @Schema(name = "ExperimentPage", requiredProperties = {"items", "next_cursor"})
    record Page(List<Experiment> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "ExperimentAssertionResult", requiredProperties = {"type", "passed", "score", "weight"})
    record AssertionResult(String type, boolean passed, double score, double weight, @Schema(nullable = true) String reason) {
    }

    @Schema(name = "ExperimentResult", description = "One scored call; inputs and expected are the dataset row's.",
            requiredProperties = {"row", "version", "model", "sample", "call_id", "succeeded", "passed", "score"})
    record Result(int row, String version, String model, int sample, String callId, boolean succeeded, boolean passed,
                  double score, @Schema(nullable = true) String output, @Schema(nullable = true) String error,
                  long latencyMs, long tokensIn, long tokensOut, @Schema(nullable = true) BigDecimal costUsd,
                  @Schema(nullable = true) BigDecimal judgeCostUsd, Map<String, Object> inputs,
                  @Schema(nullable = true) String expected, List<AssertionResult> assertions) {
    }

    @Schema(name = "ExperimentResultPage", requiredProperties = {"items", "next_cursor"})
    record ResultPage(List<Result> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "ExperimentSide", description = "One side of a row: the share of its samples that passed and their mean score.")
    record Side(@Schema(nullable = true) Double passShare, @Schema(nullable = true) Double meanScore) {
    }

    @Schema(name = "ExperimentRowChange", requiredProperties = {"row", "change"})
    record RowChange(int row,
                     @Schema(allowableValues = {"regressed", "improved", "unchanged", "only_baseline", "only_candidate"})
                     String change, Side baseline, Side candidate, @Schema(nullable = true) Double scoreDelta) {
    }

    @Schema(name = "ExperimentComparison", description = "baseline and candidate are experiment ids.",
            requiredProperties = {"baseline", "candidate", "regressed", "improved", "unchanged", "rows"})
    record Comparison(String baseline, String candidate, int regressed, int improved, int unchanged, int onlyBaseline,
                      int onlyCandidate, List<RowChange> rows) {
    }

    @Schema(name = "ExperimentCancellation", requiredProperties = {"experiment_id", "cancel_requested_batches",
            "cancel_requested_jobs"})
    record Cancelled(String experimentId, long cancelRequestedBatches, long cancelRequestedJobs) {
    }
}
