package dev.dakora.gateway.domain;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.SubmissionRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Accepts batches: every input row is validated first (any bad row fails the whole batch with
 * {@link InvalidRowsException}, nothing queued), then {@code BatchSubmitted} is published, then one
 * compare {@code JobSubmitted} per row, the sends in flight together.
 */
public class BatchSubmissions {

    private static final int SENDS_IN_FLIGHT = 256;
    private static final int MAX_REPORTED_ROWS = 1000;

    private final TemplateCatalog catalog;
    private final SubmissionRepository submissions;
    private final JobPublisher publisher;
    /** the rows' own producer, tuned to fill large requests */
    private final JobPublisher rowPublisher;
    private final Clock clock;

    public BatchSubmissions(TemplateCatalog catalog, SubmissionRepository submissions, JobPublisher publisher,
                            JobPublisher rowPublisher, Clock clock) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.publisher = publisher;
        this.rowPublisher = rowPublisher;
        this.clock = clock;
    }

    public Mono<BatchAccepted> submit(BatchRequest request) {
        return submit(request, UUID.randomUUID().toString(), row -> null);
    }

    /** A batch of id {@code batchId} whose job for row {@code i} carries {@code eval.apply(i)} (an experiment's batch). */
    public Mono<BatchAccepted> submit(BatchRequest request, String batchId, IntFunction<EvalContext> eval) {
        return catalog.find(request.templateId(), request.version(), request.label())
                .map(spec -> new Coerced(spec, coerceRows(spec, request.rows())))
                .flatMap(coerced -> publish(batchId, coerced, request, eval));
    }

    private record Coerced(TemplateSpec spec, List<Map<String, Object>> rows) {
    }

    /** Every row coerced by the input spec, or {@link InvalidRowsException} naming the rows that fail it. */
    public static List<Map<String, Object>> coerceRows(TemplateSpec spec, List<Map<String, Object>> rows) {
        List<RowCheck> checks = RowCheck.all(spec, rows);
        List<InvalidRowsException.RowErrors> bad = checks.stream().filter(check -> !check.valid()).limit(MAX_REPORTED_ROWS)
                .map(check -> new InvalidRowsException.RowErrors(check.rowIndex(), check.errors())).toList();
        if (!bad.isEmpty()) {
            throw new InvalidRowsException(bad, rows.size());
        }
        return checks.stream().map(RowCheck::inputs).toList();
    }

    /** A batch submitted without a name is named after its template and its time: {@code greeting 2026-01-31T12:00:00Z}. */
    static String nameOf(BatchRequest request, String templateId, Instant now) {
        return request.name() != null ? request.name() : templateId + " " + now.truncatedTo(ChronoUnit.SECONDS);
    }

    private Mono<BatchAccepted> publish(String batchId, Coerced coerced, BatchRequest request, IntFunction<EvalContext> eval) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int jobs = coerced.rows().size();
        int calls = jobs * request.models().size();
        BatchSubmitted batch = new BatchSubmitted(batchId, nameOf(request, coerced.spec().id(), now), coerced.spec().id(), coerced.spec().version(),
                request.models(), jobs, calls, now);
        Map<String, Object> snapshot = TemplateDocuments.toMap(coerced.spec());
        Flux<JobSubmitted> rows = Flux.range(0, jobs).map(i -> new JobSubmitted(BatchIds.jobId(batchId, i),
                JobType.COMPARE, batchId, i, snapshot, coerced.rows().get(i), request.models(), request.params(), now, eval.apply(i)));
        return submissions.insertBatch(batch)
                .then(CallLane.requested(request.params()).map(lane -> submissions.recordLane(batchId, lane)).orElse(Mono.empty()))
                .then(publisher.publish(batch))
                .thenMany(rows.flatMap(rowPublisher::publish, SENDS_IN_FLIGHT))
                .then(Mono.just(new BatchAccepted(batchId, jobs, calls, CallLane.requested(request.params()).orElse(null), now)))
                .onErrorResume(e -> submissions.deleteBatch(batchId).onErrorComplete().then(Mono.error(e)));
    }
}
