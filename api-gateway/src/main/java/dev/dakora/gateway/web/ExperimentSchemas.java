package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dakora.evaluation.experiment.ExperimentSpec;
import dev.dakora.evaluation.experiment.ExperimentSpecParser;
import dev.dakora.gateway.experiments.ExperimentPlanner;
import dev.dakora.gateway.experiments.ExperimentView;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request body of {@code POST /api/experiments} and the answer of a cancel; the other answers are in the experiments package. */
final class ExperimentSchemas {

    private ExperimentSchemas() {
    }

    @Schema(name = "ExperimentRequest", description = "The experiment file as JSON. Each assertion is a map with `type` and "
            + "that type's fields (evaluation/README.md lists them), so its schema is open.",
            requiredProperties = {"name", "template", "versions", "models", "dataset"})
    record Request(String name, String template, @Schema(description = "1 to 10 template versions") List<String> versions,
                   @Schema(description = "1 to 20 model names") List<String> models,
                   @Schema(description = "1 to 20, default 1") Integer samples, ExperimentView.DatasetRef dataset,
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
                    new ExperimentView.DatasetRef(spec.dataset(), spec.datasetVersion()), spec.passThreshold(), assertions(withVersion));
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

    @Schema(name = "ExperimentCancellation", requiredProperties = {"experiment_id", "cancel_requested_batches",
            "cancel_requested_jobs"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cancelled(String experimentId, long cancelRequestedBatches, long cancelRequestedJobs) {
    }
}
