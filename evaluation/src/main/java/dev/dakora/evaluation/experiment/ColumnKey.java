package dev.dakora.evaluation.experiment;

/** One column of an experiment's grid: a template version run on a model. */
public record ColumnKey(String templateVersion, String model) {

    public ColumnKey {
        if (templateVersion == null || templateVersion.isBlank()) {
            throw new IllegalArgumentException("template_version is required");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is required");
        }
    }
}
