package dev.dakora.gateway.experiments;

import dev.dakora.evaluation.experiment.ColumnSummary;
import dev.dakora.gateway.persistence.ExperimentResultReads.ScoredTotals;
import dev.dakora.gateway.persistence.StoredExperiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the experiment routes' answers from a stored experiment, its status and its scored totals. */
final class ExperimentViews {

    private ExperimentViews() {
    }

    static ExperimentView experiment(StoredExperiment experiment, ExperimentStatus status, ScoredTotals totals,
                                     List<ColumnSummary> summaries, boolean withColumns) {
        Map<String, Object> spec = experiment.spec();
        return new ExperimentView(experiment.experimentId(), experiment.name(), experiment.templateId(), versions(experiment),
                models(experiment), spec.get("samples") instanceof Number samples ? samples.intValue() : null,
                new ExperimentView.DatasetRef(experiment.datasetName(), String.valueOf(experiment.datasetVersion())),
                spec.get("pass_threshold") instanceof Number threshold ? threshold.doubleValue() : null, assertions(experiment),
                status.status(), experiment.totalRows(), experiment.totalCalls(), totals.scoredCalls(), totals.passed(),
                status.renderFailures(), totals.judgeCostUsd(), experiment.createdAt().toString(),
                status.isFinal() ? latest(status.batchesCompletedAt(), totals.lastScoredAt()) : null,
                columns(experiment, summaries, withColumns));
    }

    static Map<String, Object> progress(StoredExperiment experiment, ExperimentStatus status, ScoredTotals totals) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("experiment_id", experiment.experimentId());
        view.put("status", status.status());
        view.put("total_calls", experiment.totalCalls());
        view.put("scored_calls", totals.scoredCalls());
        view.put("passed", totals.passed());
        return view;
    }

    /** Columns in the experiment's order (versions, then models), with their aggregates once they have results. */
    private static List<ExperimentView.Column> columns(StoredExperiment experiment, List<ColumnSummary> summaries,
                                                       boolean withFigures) {
        return versions(experiment).stream().flatMap(version -> models(experiment).stream().map(model ->
                new ExperimentView.Column(version, model, experiment.batches().get(version), withFigures
                        ? figures(summaries.stream().filter(s -> s.templateVersion().equals(version) && s.model().equals(model))
                        .findFirst().orElse(null))
                        : null))).toList();
    }

    private static ExperimentView.Figures figures(ColumnSummary summary) {
        return summary == null ? ExperimentView.Figures.NONE : new ExperimentView.Figures(summary.results(), summary.passed(),
                summary.failedCalls(), summary.passRate(), summary.meanScore(), summary.p50LatencyMs(), summary.p95LatencyMs(),
                summary.totalCostUsd(), summary.unpricedCalls(), summary.costPerPassingUsd(), summary.judgeCostUsd());
    }

    @SuppressWarnings("unchecked")
    static List<String> versions(StoredExperiment experiment) {
        return (List<String>) experiment.spec().get("versions");
    }

    @SuppressWarnings("unchecked")
    static List<String> models(StoredExperiment experiment) {
        return (List<String>) experiment.spec().get("models");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> assertions(StoredExperiment experiment) {
        return (List<Map<String, Object>>) experiment.spec().get("assertions");
    }

    private static String latest(String a, String b) {
        return a == null ? b : b == null ? a : Objects.requireNonNull(a.compareTo(b) >= 0 ? a : b);
    }
}
