package dev.dakora.gateway.web;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.gateway.budget.Budgets;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.gateway.domain.Accepted;
import dev.dakora.gateway.domain.JobRequest;
import dev.dakora.gateway.domain.JobSubmissions;
import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.estimate.Estimates;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.JobReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.net.URI;
import java.time.Clock;

/** The asynchronous job API: submit and cancel jobs that run through the pipeline (reads: {@link JobReadController}). */
@RestController
@Tag(name = "Jobs")
class JobController {

    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final JobSubmissions submissions;
    private final JobReads jobs;
    private final JobPublisher publisher;
    private final Clock clock;
    private final SubmissionGuard guard;
    private final Estimates estimates;
    private final Budgets budgets;
    private final DraftCheck drafts;

    JobController(JobSubmissions submissions, JobReads jobs, JobPublisher publisher, Clock clock, SubmissionGuard guard,
                  Estimates estimates, Budgets budgets, TemplateRenderer renderer,
                  @Qualifier("renderScheduler") Scheduler renderScheduler) {
        this.submissions = submissions;
        this.drafts = new DraftCheck(renderer, renderScheduler);
        this.estimates = estimates;
        this.budgets = budgets;
        this.jobs = jobs;
        this.publisher = publisher;
        this.clock = clock;
        this.guard = guard;
    }

    @PostMapping("/api/jobs")
    @Operation(summary = "Submit a job", description = "Body {\"type\":\"render\"|\"compare\",\"template_id\",\"version\"?,"
            + "\"label\"?,\"inputs\",\"models\"?,\"params\"?}, or an unsaved template in place of template_id/version/label: "
            + "\"template\":{the document POST /api/render takes}, checked and rendered as that route does (400 for a bad spec, "
            + "422 with render_error when it does not render), run as version \"draft\" (id \"draft\" unless it names one). "
            + "Inputs are validated at once (422, nothing queued); 404 for an "
            + "unknown template, version or label; 400 for a bad body (a compare job without models, params out of range). "
            + "Answers 202 with Location once Kafka acknowledged the job; 503 with Retry-After when Kafka is down. The same "
            + "Idempotency-Key (at most 255 characters) answers the job it first made, whatever the body. 429 with "
            + "Retry-After when the client is over its submission rate or the gateway holds too many unacknowledged rows. "
            + "?estimate=true: 200 with the cost estimate, nothing submitted.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = JobSchemas.Accepted.class)))
    @ApiResponse(responseCode = "200", description = "?estimate=true: the cost estimate", content = @Content(schema = @Schema(implementation = EstimateView.class)))
    Mono<ResponseEntity<Object>> submit(@Valid @RequestBody JobBodies.Job body,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                     ServerWebExchange exchange) {
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            return Mono.error(InvalidRequestException.of("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters"));
        }
        if (Estimates.requested(exchange)) {
            return Mono.fromCallable(body::toRequest).flatMap(this::checked).flatMap(estimates::job)
                    .map(estimate -> ResponseEntity.<Object>ok(EstimateView.of(estimate)));
        }
        return Mono.fromCallable(body::toRequest).flatMap(this::checked)
                .flatMap(request -> budgets.check(Clients.of(exchange), () -> estimates.job(request))
                        .then(guard.admit(Clients.of(exchange), 1, () -> submissions.submit(request, key))))
                .switchIfEmpty(Mono.error(() -> new ConflictException(
                        "concurrent requests with this Idempotency-Key did not complete; retry")))
                .flatMap(accepted -> budgets.owned(Clients.of(exchange), accepted.jobId(), accepted))
                .map(JobController::accepted);
    }

    @PostMapping("/api/jobs/{jobId}/cancel")
    @Operation(summary = "Cancel a job", description = "202 {\"job_id\",\"status\",\"cancel_requested\":true}: calls not "
            + "yet sent to a provider are dropped. 404 for an unknown job, 409 when the job is already final.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = JobSchemas.Cancelled.class)))
    Mono<ResponseEntity<JobSchemas.Cancelled>> cancel(@PathVariable String jobId) {
        return jobs.find(jobId).switchIfEmpty(Mono.error(() -> unknown(jobId))).flatMap(job -> {
            String status = job.status();
            if (!"queued".equals(status) && !"running".equals(status)) {
                return Mono.error(new ConflictException("job " + jobId + " is already " + status + "; only a queued or running job can be cancelled"));
            }
            return publisher.publish(new JobCancelled(jobId, job.batchId(), clock.instant()))
                    .then(Mono.fromSupplier(() -> ResponseEntity.status(HttpStatus.ACCEPTED)
                            .body(new JobSchemas.Cancelled(jobId, status, true))));
        });
    }

    /** A draft is rendered once with its inputs, as POST /api/render would, so nothing is queued that cannot render. */
    private Mono<JobRequest> checked(JobRequest request) {
        return request.draft() == null ? Mono.just(request) : drafts.render(request.draft(), request.inputs()).thenReturn(request);
    }

    private static ResponseEntity<Object> accepted(Accepted accepted) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/jobs/" + accepted.jobId()))
                .body(new JobSchemas.Accepted(accepted.jobId(), "queued", accepted.created()));
    }

    static NotFoundException unknown(String jobId) {
        return new NotFoundException("no job '" + jobId + "' exists");
    }
}
