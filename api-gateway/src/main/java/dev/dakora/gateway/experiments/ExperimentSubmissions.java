package dev.dakora.gateway.experiments;

import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.dataset.DatasetRow;
import dev.dakora.gateway.domain.BatchRequest;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.persistence.ExperimentStore;
import dev.dakora.gateway.persistence.StoredExperiment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a planned experiment: stores it, publishes {@code ExperimentDefined} (acknowledged), then one
 * ordinary batch per template version through {@link BatchSubmissions}, each row's job carrying its
 * evaluation context (judge-free when no assertion is an {@code llm-judge}: the log sink then scores its calls)
 * and the models repeated once per sample. If {@code ExperimentDefined} is not
 * acknowledged the stored experiment is deleted and nothing ran; if Kafka fails between batches, the
 * batches sent before stay queued (as the jobs of a batch do).
 */
public class ExperimentSubmissions {

    private final ExperimentStore store;
    private final ExperimentPublisher publisher;
    private final BatchSubmissions batches;
    private final Clock clock;

    public ExperimentSubmissions(ExperimentStore store, ExperimentPublisher publisher, BatchSubmissions batches, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.batches = batches;
        this.clock = clock;
    }

    public Mono<StoredExperiment> submit(ExperimentPlan plan) {
        String experimentId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Map<String, String> batchIds = new LinkedHashMap<>();
        plan.versions().forEach(version -> batchIds.put(version.version(), UUID.randomUUID().toString()));
        StoredExperiment stored = new StoredExperiment(experimentId, plan.spec().name(), plan.spec().template(), plan.specMap(),
                plan.spec().dataset(), plan.datasetVersion(), batchIds, plan.rows().size(), plan.totalCalls(), now);
        ExperimentDefined defined = new ExperimentDefined(experimentId, plan.spec().name(), plan.spec().template(),
                plan.specMap(), plan.judgeTemplates(), batchIds, plan.rows().size(), plan.totalCalls(), now);
        List<Map<String, Object>> inputs = plan.rows().stream().map(DatasetRow::inputs).toList();
        boolean judgeFree = plan.spec().suite().judgeFree();
        return store.insert(stored)
                .then(publisher.publish(defined)
                        .onErrorResume(e -> store.delete(experimentId).onErrorComplete().then(Mono.error(e))))
                .thenMany(Flux.fromIterable(plan.versions()).concatMap(version -> batches.submit(
                        batchRequest(plan, version, inputs), batchIds.get(version.version()),
                        index -> evalContext(experimentId, plan.rows().get(index), judgeFree))))
                .then(Mono.just(stored));
    }

    private static BatchRequest batchRequest(ExperimentPlan plan, TemplateSpec version, List<Map<String, Object>> inputs) {
        return new BatchRequest(plan.spec().template(), version.version(), null, plan.sampledModels(), inputs, null,
                plan.spec().name() + " @ " + version.version());
    }

    private static EvalContext evalContext(String experimentId, DatasetRow row, boolean judgeFree) {
        return EvalContext.of(experimentId, row.row(), row.expected(), judgeFree);
    }
}
