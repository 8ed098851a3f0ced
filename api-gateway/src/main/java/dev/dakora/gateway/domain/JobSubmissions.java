package dev.dakora.gateway.domain;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Accepts jobs: resolves the template version, validates and coerces the inputs (an
 * {@code InvalidInputException} before anything is stored or sent), records the job, publishes
 * {@code JobSubmitted} with the template snapshot and completes once Kafka acknowledged it. A job Kafka
 * refused is forgotten again, so nothing is accepted that is not queued.
 */
public class JobSubmissions {

    private static final Logger log = LoggerFactory.getLogger(JobSubmissions.class);

    private final TemplateCatalog catalog;
    private final SubmissionRepository submissions;
    private final JobPublisher publisher;
    private final Clock clock;

    public JobSubmissions(TemplateCatalog catalog, SubmissionRepository submissions, JobPublisher publisher, Clock clock) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @param idempotencyKey {@code null} for none; a key seen before answers the job it made */
    public Mono<Accepted> submit(JobRequest request, String idempotencyKey) {
        return submit(UUID.randomUUID().toString(), request, idempotencyKey);
    }

    public Mono<Accepted> submit(String jobId, JobRequest request, String idempotencyKey) {
        return request.template(catalog)
                .map(spec -> snapshot(jobId, spec, request))
                .flatMap(job -> idempotencyKey == null ? create(job) : existing(idempotencyKey)
                        .switchIfEmpty(Mono.defer(() -> create(job, idempotencyKey, true))));
    }

    private JobSubmitted snapshot(String jobId, TemplateSpec spec, JobRequest request) {
        Map<String, Object> inputs = spec.coerceInputs(request.inputs());
        return JobSubmitted.of(jobId, request.type(), null, null, spec, inputs, request.models(), request.params(),
                clock.instant());
    }

    /**
     * A job without an idempotency key: nothing to deduplicate, so the row and the publish go out at once
     * instead of one after the other (the row serves reads until the log sink records the job). Kafka's
     * acknowledgement decides: a refused job has its row removed again and fails; a job Kafka took is
     * accepted even when its row could not be written, since it is queued and the sink records it.
     */
    private Mono<Accepted> create(JobSubmitted job) {
        String version = (String) job.template().get("version");
        String templateId = (String) job.template().get("id");
        Mono<Boolean> recorded = submissions.insertJob(job, templateId, version, null).hasElement()
                .onErrorResume(e -> {
                    log.warn("job {} is queued but its submission row was not written: {}", job.jobId(), e.toString());
                    return Mono.just(false);
                });
        // only the publish can fail here, and zipDelayError reports it once the insert is done too
        return Mono.zipDelayError(recorded, publisher.publish(job).thenReturn(true))
                .onErrorResume(e -> submissions.deleteJob(job.jobId()).onErrorComplete().then(Mono.error(e)))
                .thenReturn(new Accepted(job.jobId(), true));
    }

    /** @param retry whether to try again when the request that held the key gave it up (Kafka refused its job) */
    private Mono<Accepted> create(JobSubmitted job, String idempotencyKey, boolean retry) {
        String version = (String) job.template().get("version");
        String templateId = (String) job.template().get("id");
        return submissions.insertJob(job, templateId, version, idempotencyKey)
                .flatMap(inserted -> publisher.publish(job)
                        .onErrorResume(e -> submissions.deleteJob(job.jobId()).onErrorComplete().then(Mono.error(e)))
                        .thenReturn(new Accepted(job.jobId(), true)))
                // another request with the same key inserted first: its job is the answer
                .switchIfEmpty(Mono.defer(() -> existing(idempotencyKey)
                        .switchIfEmpty(Mono.defer(() -> retry ? create(job, idempotencyKey, false) : Mono.empty()))));
    }

    private Mono<Accepted> existing(String idempotencyKey) {
        return submissions.jobOfKey(idempotencyKey).map(jobId -> new Accepted(jobId, false));
    }
}
