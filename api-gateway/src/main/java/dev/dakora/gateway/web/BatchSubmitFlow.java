package dev.dakora.gateway.web;

import dev.dakora.gateway.budget.Budgets;
import dev.dakora.gateway.domain.BatchAccepted;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.domain.BatchValidation;
import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.estimate.Estimates;
import dev.dakora.gateway.persistence.BatchLaneView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.function.Function;

/**
 * What every body of {@code POST /api/batches} goes through once read: its lane is resolved, then it is checked
 * row by row ({@code ?dry_run=true}), estimated ({@code ?estimate=true}) or, within the budget and the submission
 * limits, submitted: 202 with its id, counts and the lane it was given.
 */
@Component
class BatchSubmitFlow {

    private final BatchSubmissions batches;
    private final BatchValidation validation;
    private final SubmissionGuard guard;
    private final Estimates estimates;
    private final Budgets budgets;
    private final BatchLanes lanes;

    BatchSubmitFlow(BatchSubmissions batches, BatchValidation validation, SubmissionGuard guard, Estimates estimates,
                    Budgets budgets, BatchLanes lanes) {
        this.batches = batches;
        this.validation = validation;
        this.guard = guard;
        this.estimates = estimates;
        this.budgets = budgets;
        this.lanes = lanes;
    }

    /** {@code read} reads the body: with {@code true} for a dry run (whose models are optional). */
    Mono<ResponseEntity<Object>> handle(String dryRunParameter, ServerWebExchange exchange,
                                        Function<Boolean, Mono<BatchBodies.Read>> read) {
        return Mono.fromCallable(() -> dryRun(dryRunParameter)).flatMap(dryRun -> read.apply(dryRun)
                .map(batch -> lanes.resolve(batch, exchange)).flatMap(batch -> dryRun
                ? validation.check(batch.request()).map(result -> ResponseEntity.<Object>ok(BatchCheckView.of(result, batch.source())))
                : Estimates.requested(exchange) ? estimates.batch(batch.request()).map(estimate -> ResponseEntity.<Object>ok(lanes.withSaving(estimate, batch.request())))
                : budgets.check(Clients.of(exchange), () -> estimates.batch(batch.request()))
                        .then(guard.admit(Clients.of(exchange), batch.request().rows().size(), () -> batches.submit(batch.request())))
                        .flatMap(accepted -> budgets.owned(Clients.of(exchange), accepted.batchId(), accepted))
                        .map(BatchSubmitFlow::accepted)));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidRequestException.of("dry_run", "must be true or false");
    }

    static ResponseEntity<Object> accepted(BatchAccepted batch) {
        BatchLaneView lane = BatchLaneView.of(batch.lane(), batch.submittedAt());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/batches/" + batch.batchId()))
                .body(new BatchSchemas.Accepted(batch.batchId(), batch.totalJobs(), batch.totalCalls(), "queued",
                        lane.lane(), lane.expectedCompletionBy()));
    }
}
