package dev.dakora.gateway.experiments;

import dev.dakora.evaluation.experiment.ColumnSummary;
import dev.dakora.evaluation.experiment.ExperimentComparison;
import dev.dakora.evaluation.experiment.RowDelta;
import dev.dakora.gateway.persistence.ResultPosition;
import dev.dakora.gateway.persistence.StoredExperiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The JSON shapes of the experiment routes (snake_case maps). */
final class ExperimentViews {

    private ExperimentViews() {
    }

    static Map<String, Object> experiment(StoredExperiment experiment, ExperimentStatus status, Map<String, Object> totals,
                                          List<ColumnSummary> summaries, boolean withColumns) {
        Map<String, Object> spec = experiment.spec();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("experiment_id", experiment.experimentId());
        view.put("name", experiment.name());
        view.put("template_id", experiment.templateId());
        view.put("versions", spec.get("versions"));
        view.put("models", spec.get("models"));
        view.put("samples", spec.get("samples"));
        view.put("dataset", Map.of("name", experiment.datasetName(), "version", String.valueOf(experiment.datasetVersion())));
        view.put("pass_threshold", spec.get("pass_threshold"));
        view.put("assertions", spec.get("assertions"));
        view.put("status", status.status());
        view.put("total_rows", experiment.totalRows());
        view.put("total_calls", experiment.totalCalls());
        view.put("scored_calls", totals.get("scored_calls"));
        view.put("passed", totals.get("passed"));
        view.put("render_failures", status.renderFailures());
        view.put("judge_cost_usd", totals.get("judge_cost_usd"));
        view.put("created_at", experiment.createdAt().toString());
        view.put("completed_at", status.isFinal() ? latest(status.batchesCompletedAt(), (String) totals.get("last_scored_at")) : null);
        view.put("columns", columns(experiment, summaries, withColumns));
        return view;
    }

    static Map<String, Object> progress(StoredExperiment experiment, ExperimentStatus status, Map<String, Object> totals) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("experiment_id", experiment.experimentId());
        view.put("status", status.status());
        view.put("total_calls", experiment.totalCalls());
        view.put("scored_calls", totals.get("scored_calls"));
        view.put("passed", totals.get("passed"));
        return view;
    }

    /** Columns in the experiment's order (versions, then models), with their aggregates once they have results. */
    private static List<Map<String, Object>> columns(StoredExperiment experiment, List<ColumnSummary> summaries, boolean withSummaries) {
        return versions(experiment).stream().flatMap(version -> models(experiment).stream().map(model -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("version", version);
            column.put("model", model);
            column.put("batch_id", experiment.batches().get(version));
            if (withSummaries) {
                ColumnSummary summary = summaries.stream()
                        .filter(s -> s.templateVersion().equals(version) && s.model().equals(model)).findFirst().orElse(null);
                column.putAll(summary(summary));
            }
            return column;
        })).toList();
    }

    private static Map<String, Object> summary(ColumnSummary summary) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("results", summary == null ? 0 : summary.results());
        figures.put("passed", summary == null ? 0 : summary.passed());
        figures.put("failed_calls", summary == null ? 0 : summary.failedCalls());
        figures.put("pass_rate", summary == null ? null : summary.passRate());
        figures.put("mean_score", summary == null ? null : summary.meanScore());
        figures.put("p50_latency_ms", summary == null ? null : summary.p50LatencyMs());
        figures.put("p95_latency_ms", summary == null ? null : summary.p95LatencyMs());
        figures.put("total_cost_usd", summary == null ? null : summary.totalCostUsd());
        figures.put("unpriced_calls", summary == null ? 0 : summary.unpricedCalls());
        figures.put("cost_per_pass_usd", summary == null ? null : summary.costPerPassingUsd());
        figures.put("judge_cost_usd", summary == null ? null : summary.judgeCostUsd());
        return figures;
    }

    /** From {@code limit + 1} rows: the extra one only says another page exists. */
    static Map<String, Object> page(List<Map<String, Object>> rows, int limit) {
        Map<String, Object> page = new LinkedHashMap<>();
        List<Map<String, Object>> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        page.put("items", items);
        page.put("next_cursor", rows.size() > limit ? ResultPosition.of(items.getLast()).encode() : null);
        return page;
    }

    static Map<String, Object> comparison(String baseline, String candidate, ExperimentComparison comparison) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("baseline", baseline);
        view.put("candidate", candidate);
        view.put("regressed", comparison.regressed());
        view.put("improved", comparison.improved());
        view.put("unchanged", comparison.unchanged());
        view.put("only_baseline", comparison.onlyBaseline());
        view.put("only_candidate", comparison.onlyCandidate());
        view.put("rows", comparison.rows().stream().map(ExperimentViews::delta).toList());
        return view;
    }

    private static Map<String, Object> delta(RowDelta delta) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("row", delta.row());
        row.put("change", delta.change().wireName());
        row.put("baseline", side(delta.baselinePassRate(), delta.baselineScore()));
        row.put("candidate", side(delta.candidatePassRate(), delta.candidateScore()));
        row.put("score_delta", delta.scoreDelta());
        return row;
    }

    private static Map<String, Object> side(Double passShare, Double meanScore) {
        if (passShare == null) {
            return null;
        }
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("pass_share", passShare);
        side.put("mean_score", meanScore);
        return side;
    }

    @SuppressWarnings("unchecked")
    static List<String> versions(StoredExperiment experiment) {
        return (List<String>) experiment.spec().get("versions");
    }

    @SuppressWarnings("unchecked")
    static List<String> models(StoredExperiment experiment) {
        return (List<String>) experiment.spec().get("models");
    }

    private static String latest(String a, String b) {
        return a == null ? b : b == null ? a : Objects.requireNonNull(a.compareTo(b) >= 0 ? a : b);
    }
}
