package dev.dakora.gateway.experiments;

import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.assertion.AssertionSpec;
import dev.dakora.evaluation.assertion.DefaultJudgeTemplate;
import dev.dakora.evaluation.assertion.LlmJudge;
import dev.dakora.evaluation.dataset.Dataset;
import dev.dakora.evaluation.dataset.DatasetRow;
import dev.dakora.evaluation.dataset.DatasetValidator;
import dev.dakora.evaluation.dataset.RowError;
import dev.dakora.evaluation.experiment.ExperimentSpec;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.persistence.DatasetReads;
import dev.dakora.gateway.persistence.DatasetVersion;
import dev.dakora.registry.TemplateNotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a submitted experiment into an {@link ExperimentPlan}: parses it (400 naming every field),
 * resolves its template versions and dataset version (404), snapshots its judge templates (404), checks
 * every dataset row against every version's inputs with the template's own coercion (422 naming row and
 * field) and bounds its calls (413).
 */
public class ExperimentPlanner {

    private static final int MAX_REPORTED_ERRORS = 100;
    public static final String LATEST = "latest";

    private final TemplateCatalog catalog;
    private final DatasetReads datasets;
    private final long maxCalls;
    private final int maxRows;

    public ExperimentPlanner(TemplateCatalog catalog, DatasetReads datasets, long maxCalls, int maxRows) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.maxCalls = maxCalls;
        this.maxRows = maxRows;
    }

    /** @param spec the experiment as read; a dataset version {@value #LATEST} names the latest, resolved with the rows */
    public Mono<ExperimentPlan> plan(ExperimentSpec spec) {
        return Mono.defer(() -> Flux.fromIterable(spec.versions())
                .concatMap(version -> catalog.find(spec.template(), version, null)).collectList()
                .flatMap(versions -> dataset(spec).flatMap(dataset -> judges(spec).map(judges -> {
                    checkRows(spec, versions, dataset.rows());
                    long calls = spec.calls(dataset.rows().size());
                    if (calls > maxCalls) {
                        throw new ExperimentTooLargeException("the experiment makes " + calls + " model calls ("
                                + dataset.rows().size() + " rows x " + spec.versions().size() + " versions x "
                                + spec.models().size() + " models x " + spec.samples() + " samples), more than the "
                                + maxCalls + " allowed (dakora.experiments.max-calls)");
                    }
                    return new ExperimentPlan(spec, ExperimentSpecMaps.toMap(spec, dataset.version()), versions,
                            dataset.version(), dataset.rows(), judges);
                }))));
    }

    private record Resolved(int version, List<DatasetRow> rows) {
    }

    private Mono<Resolved> dataset(ExperimentSpec spec) {
        String asked = spec.datasetVersion();
        boolean latest = asked == null || asked.equals(LATEST);
        Integer number = latest ? null : number(asked);
        Mono<DatasetVersion> version = !latest && number == null ? Mono.empty() : datasets.version(spec.dataset(), number);
        return version.switchIfEmpty(Mono.error(() -> new ExperimentNotFoundException(latest
                        ? "no dataset '" + spec.dataset() + "' exists"
                        : "dataset '" + spec.dataset() + "' has no version '" + asked + "'")))
                .flatMap(found -> {
                    int chosen = found.number();
                    return datasets.rows(spec.dataset(), chosen, 0, maxRows)
                            .map(row -> new DatasetRow(row.row(), 0, orNone(row.inputs()), row.expected(), orNone(row.metadata())))
                            .collectList().map(rows -> new Resolved(chosen, rows));
                });
    }

    /**
     * Each llm-judge assertion's template, at its version or label or the latest, as it is now; the
     * default {@code llm-judge} template is left out when the registry has none (the built-in one applies).
     */
    private Mono<Map<String, Map<String, Object>>> judges(ExperimentSpec spec) {
        List<AssertionSpec> assertions = spec.assertions();
        return Flux.range(0, assertions.size())
                .filter(index -> assertions.get(index) instanceof LlmJudge)
                .concatMap(index -> {
                    LlmJudge judge = (LlmJudge) assertions.get(index);
                    Mono<Map.Entry<String, Map<String, Object>>> found = catalog.find(judge.template(), judge.version(), judge.label())
                            .map(template -> Map.entry(String.valueOf(index), TemplateDocuments.toMap(template)));
                    boolean builtIn = DefaultJudgeTemplate.ID.equals(judge.template()) && judge.version() == null && judge.label() == null;
                    // the default judge template need not be stored: without one the eval stage uses its built-in copy
                    return builtIn ? found.onErrorResume(TemplateNotFoundException.class, missing -> Mono.empty()) : found;
                })
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
    }

    private static void checkRows(ExperimentSpec spec, List<TemplateSpec> versions, List<DatasetRow> rows) {
        List<ExperimentRowsException.Misfit> misfits = new ArrayList<>();
        for (TemplateSpec version : versions) {
            for (RowError error : DatasetValidator.validate(new Dataset(spec.dataset(), null, rows), version)) {
                if (misfits.size() < MAX_REPORTED_ERRORS) {
                    misfits.add(new ExperimentRowsException.Misfit(error.row(), version.version(), error.field(), error.message()));
                }
            }
        }
        if (!misfits.isEmpty()) {
            throw new ExperimentRowsException(spec.template(), misfits);
        }
    }

    private static Integer number(String version) {
        try {
            int number = Integer.parseInt(version);
            return number >= 1 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> orNone(Map<String, Object> value) {
        return value == null ? Map.of() : value;
    }
}
