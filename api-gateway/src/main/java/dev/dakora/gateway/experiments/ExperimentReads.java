package dev.dakora.gateway.experiments;

import dev.dakora.evaluation.experiment.ColumnKey;
import dev.dakora.evaluation.experiment.ColumnSummary;
import dev.dakora.evaluation.experiment.ExperimentAggregator;
import dev.dakora.evaluation.experiment.ExperimentComparator;
import dev.dakora.evaluation.experiment.ScoredResult;
import dev.dakora.gateway.persistence.ExperimentResultPage;
import dev.dakora.gateway.persistence.ExperimentResultReads;
import dev.dakora.gateway.persistence.ExperimentResultReads.ScoredTotals;
import dev.dakora.gateway.persistence.ExperimentStore;
import dev.dakora.gateway.persistence.ResultPosition;
import dev.dakora.gateway.persistence.StoredExperiment;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Experiments as the API shows them: status, totals and per-column aggregates, result pages, comparisons. */
public class ExperimentReads {

    private final ExperimentStore store;
    private final ExperimentResultReads results;

    public ExperimentReads(ExperimentStore store, ExperimentResultReads results) {
        this.store = store;
        this.results = results;
    }

    public Mono<StoredExperiment> find(String experimentId) {
        return store.find(experimentId).switchIfEmpty(Mono.error(() -> new ExperimentNotFoundException("no experiment '" + experimentId + "' exists")));
    }

    /** The experiment with its status and totals, and with {@code withColumns} its per-column aggregates. */
    public Mono<ExperimentView> view(StoredExperiment experiment, boolean withColumns) {
        Mono<List<ColumnSummary>> columns = withColumns
                ? results.cells(experiment.experimentId()).collectList().map(cells -> ExperimentAggregator.summarize(cells).columns())
                : Mono.just(List.of());
        return Mono.zip(progress(experiment), results.totals(experiment.experimentId()), columns)
                .map(all -> ExperimentViews.experiment(experiment, all.getT1(), all.getT2(), all.getT3(), withColumns));
    }

    /** The answer to a submission: the experiment as stored, queued, nothing scored (no read of the sink's tables). */
    public static ExperimentView accepted(StoredExperiment experiment) {
        return ExperimentViews.experiment(experiment, new ExperimentStatus("queued", 0, 0, null), ScoredTotals.NONE, List.of(),
                false);
    }

    /** Status and scored totals only, for progress reports. */
    public Mono<Map<String, Object>> progressView(StoredExperiment experiment) {
        return Mono.zip(progress(experiment), results.totals(experiment.experimentId()))
                .map(all -> ExperimentViews.progress(experiment, all.getT1(), all.getT2()));
    }

    public Mono<ExperimentStatus> progress(StoredExperiment experiment) {
        return Mono.zip(results.batches(experiment.batches().values()).collectList(), results.totals(experiment.experimentId()))
                .map(all -> ExperimentStatus.of(experiment.batches().size(), all.getT1(),
                        all.getT2().scoredCalls(), callsPerRow(experiment)));
    }

    public Mono<ExperimentResultPage> resultsPage(StoredExperiment experiment, ResultPosition after, int limit) {
        return results.page(experiment, after, limit + 1).collectList().map(rows -> ExperimentResultPage.of(rows, limit));
    }

    /**
     * The candidate against the baseline row by row, over one column of each: {@code version} and
     * {@code model} when given (each defaults to the experiment's first), so two experiments of one
     * template compare their first columns unless told otherwise.
     */
    public Mono<ExperimentComparisonView> compare(StoredExperiment baseline, StoredExperiment candidate, String version,
                                             String model, double tolerance) {
        return Mono.zip(column(baseline, version, model), column(candidate, version, model))
                .map(both -> ExperimentComparisonView.of(baseline.experimentId(), candidate.experimentId(),
                        ExperimentComparator.compare(both.getT1(), both.getT2(), tolerance)));
    }

    private Mono<List<ScoredResult>> column(StoredExperiment experiment, String version, String model) {
        ColumnKey key = new ColumnKey(version != null ? version : ExperimentViews.versions(experiment).getFirst(),
                model != null ? model : ExperimentViews.models(experiment).getFirst());
        return results.cells(experiment.experimentId()).collectList().map(cells -> ExperimentComparator.column(cells, key));
    }

    private static int callsPerRow(StoredExperiment experiment) {
        return ExperimentViews.models(experiment).size() * ((Number) experiment.spec().getOrDefault("samples", 1)).intValue();
    }
}
