package dev.dakora.gateway.web;

import dev.dakora.gateway.budget.Budgets;
import dev.dakora.gateway.config.DakoraProperties;
import dev.dakora.gateway.domain.JobRequest;
import dev.dakora.gateway.domain.JobSubmissions;
import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.estimate.Estimates;
import dev.dakora.gateway.messaging.LiveEventMapper;
import dev.dakora.gateway.messaging.LiveEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The reference's synchronous comparison: submits a compare job through the pipeline and answers its
 * result when the job completes. It follows the job's events before submitting, so the completion
 * cannot pass unseen.
 */
@RestController
@Tag(name = "Templates")
class CompareController {

    private final JobSubmissions submissions;
    private final LiveEvents events;
    private final Duration timeout;
    private final SubmissionGuard guard;
    private final Estimates estimates;
    private final Budgets budgets;

    CompareController(JobSubmissions submissions, LiveEvents events, DakoraProperties properties, SubmissionGuard guard,
                      Estimates estimates, Budgets budgets) {
        this.submissions = submissions;
        this.estimates = estimates;
        this.budgets = budgets;
        this.events = events;
        this.timeout = properties.compare().timeout();
        this.guard = guard;
    }

    @PostMapping("/api/templates/{id}/compare")
    @Operation(summary = "Compare models on a template", description = "Body {\"inputs\",\"models\",\"temperature\"?,"
            + "\"max_tokens\"?,\"top_p\"?,\"params\"?}; ?version= or ?label= pick another version. Runs as a compare job and "
            + "answers the comparison result {\"results\":[...],\"total_cost_usd\",\"total_tokens_in\",\"total_tokens_out\","
            + "\"total_time_ms\",\"successful_count\",\"failed_count\",\"fully_priced\"} when every model answered. 504 with "
            + "job_id when it takes longer than dakora.compare.timeout (poll GET /api/jobs/{job_id}); 422 when the template "
            + "fails to render; 409 when the job was cancelled; 429 with Retry-After over the submission limits. "
            + "?estimate=true: 200 with the cost estimate, nothing submitted.")
    @ApiResponse(responseCode = "200", description = "The comparison result, or with ?estimate=true the cost estimate",
            content = @Content(schema = @Schema(oneOf = {JobSchemas.Comparison.class, EstimateView.class})))
    Mono<Object> compare(@PathVariable String id, @RequestParam(required = false) String version,
                         @RequestParam(required = false) String label,
                         @Valid @RequestBody(required = false) JobBodies.Compare body, ServerWebExchange exchange) {
        JobBodies.Compare request = body == null ? JobBodies.Compare.NONE : body;
        if (version != null && label != null) {
            return Mono.error(InvalidRequestException.of("label", "cannot be combined with version"));
        }
        return Mono.fromCallable(() -> request.toRequest(id, version, label))
                .flatMap(jobRequest -> Estimates.requested(exchange) ? estimates.job(jobRequest).<Object>map(EstimateView::of)
                        : run(jobRequest, Clients.of(exchange)).map(Object.class::cast));
    }

    private Mono<JobSchemas.Comparison> run(JobRequest request, String client) {
        String jobId = UUID.randomUUID().toString();
        Sinks.One<Map<String, Object>> completion = Sinks.one();
        Disposable following = events.ofJob(jobId)
                .filter(event -> LiveEventMapper.JOB_COMPLETED.equals(event.type()))
                .next().subscribe(event -> completion.tryEmitValue(event.body()));
        // the guard holds the row in flight until Kafka acknowledged the job, not while the comparison runs
        return budgets.check(client, () -> estimates.job(request))
                .then(guard.admit(client, 1, () -> submissions.submit(jobId, request, null)))
                .flatMap(accepted -> budgets.owned(client, jobId, accepted))
                .then(completion.asMono())
                .timeout(timeout)
                .onErrorMap(TimeoutException.class, e -> new CompareTimeoutException(jobId))
                .doFinally(signal -> following.dispose())
                .map(job -> answer(jobId, job));
    }

    private static JobSchemas.Comparison answer(String jobId, Map<String, Object> job) {
        return switch (String.valueOf(job.get("status"))) {
            case "completed" -> JobSchemas.Comparison.of(job.get("result"));
            case "cancelled" -> throw new CompareFailedException(jobId, HttpStatus.CONFLICT, "the comparison was cancelled (job " + jobId + ")");
            default -> throw new CompareFailedException(jobId, HttpStatus.UNPROCESSABLE_CONTENT,
                    "the template failed to render: " + job.get("error"));
        };
    }
}
