package dev.dakora.gateway.web;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.gateway.domain.BatchIds;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.BatchReads;
import dev.dakora.gateway.persistence.BatchResultRow;
import dev.dakora.gateway.persistence.BatchSavings;
import dev.dakora.gateway.persistence.BatchView;
import dev.dakora.gateway.persistence.JobReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** A batch's progress and results, and its cancellation. */
@RestController
@Tag(name = "Batches")
class BatchReadController {

    private static final int CANCELS_IN_FLIGHT = 256;
    private static final Set<String> STATUSES = Set.of("queued", "running", "completed", "failed", "cancelled");

    private final BatchReads batches;
    private final BatchSavings savings;
    private final JobReads jobs;
    private final JobPublisher publisher;
    private final Clock clock;

    BatchReadController(BatchReads batches, BatchSavings savings, JobReads jobs, JobPublisher publisher, Clock clock) {
        this.batches = batches;
        this.savings = savings;
        this.jobs = jobs;
        this.publisher = publisher;
        this.clock = clock;
    }

    @GetMapping("/api/batches")
    @Operation(summary = "List batches", description = "Newest first: {\"items\":[{\"batch_id\",\"name\",\"template_id\","
            + "\"version\",\"models\",\"status\",\"total_jobs\",\"completed_jobs\",\"failed_jobs\",\"total_calls\","
            + "\"completed_calls\",\"total_cost_usd\",\"total_tokens_in\",\"total_tokens_out\",\"created_at\","
            + "\"completed_at\",\"lane\",\"expected_completion_by\",\"list_price_usd\",\"saving_usd\"}],\"next_cursor\"}. Filters template_id, status (queued, running, completed, failed, "
            + "cancelled), since (inclusive) and until (exclusive) on created_at, each an ISO-8601 instant or a date; "
            + "limit (default 50, at most 1000) and cursor (next_cursor of the previous page).")
    Mono<BatchPage> list(@RequestParam(name = "template_id", required = false) String templateId,
                         @RequestParam(required = false) String status,
                         @RequestParam(required = false) String since,
                         @RequestParam(required = false) String until,
                         @RequestParam(required = false) String limit,
                         @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> new BatchReads.Filter(templateId, status(status), ListParams.since(since), ListParams.until(until)))
                .flatMap(filter -> batches.list(filter, ListParams.limit(limit), ListParams.cursor(cursor)))
                .flatMap(savings::of).map(BatchPage::of);
    }

    @GetMapping("/api/batches/{batchId}")
    @Operation(summary = "A batch's progress", description = "name, template_id, version, models, status, total_jobs, completed_jobs, failed_jobs, total_calls, "
            + "completed_calls, total_cost_usd, total_tokens_in, total_tokens_out, created_at, completed_at, lane (online or "
            + "batch), expected_completion_by (on the batch lane: created_at plus 24 h; else null), and on the batch lane "
            + "list_price_usd (its logged priced calls at list prices) and saving_usd (that less their cost); null online.")
    Mono<BatchView> get(@PathVariable String batchId) {
        return find(batchId).flatMap(savings::of);
    }

    @GetMapping("/api/batches/{batchId}/results")
    @Operation(summary = "A batch's results", description = "One row per (input row, model) so far: row_index, inputs, model, "
            + "provider, output, tokens_in, tokens_out, cost_usd, latency_ms, error (and call_id in JSON and JSON Lines); ?format=json (an array, default), "
            + "jsonl or csv (with a header line). Streamed as read.")
    @ApiResponse(responseCode = "200", description = "The rows as a JSON array, JSON Lines or CSV", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = BatchResultRow.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "One BatchResultRow per line")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "A header line, then one row per result"))})
    Mono<ResponseEntity<Flux<DataBuffer>>> results(@PathVariable String batchId, @RequestParam(required = false) String format) {
        return Mono.fromCallable(() -> ResultFormats.of(format)).flatMap(chosen -> find(batchId)
                .map(batch -> ResponseEntity.ok().contentType(chosen.mediaType()).body(chosen.write(batches.results(batchId)))));
    }

    @PostMapping("/api/batches/{batchId}/cancel")
    @Operation(summary = "Cancel a batch", description = "Publishes a cancellation for every job of the batch not yet final; "
            + "202 {\"batch_id\",\"cancel_requested_jobs\"}. 409 when the batch is already final.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = BatchSchemas.Cancelled.class)))
    Mono<ResponseEntity<BatchSchemas.Cancelled>> cancel(@PathVariable String batchId) {
        return find(batchId).flatMap(batch -> {
            if (!"queued".equals(batch.status()) && !"running".equals(batch.status())) {
                return Mono.error(new ConflictException("batch " + batchId + " is already " + batch.status()));
            }
            int total = batch.totalJobs();
            return jobs.finishedRowsOfBatch(batchId).collect(HashSet<Integer>::new, Set::add)
                    .flatMap(finished -> Flux.range(0, total).filter(row -> !finished.contains(row))
                            .flatMap(row -> publisher.publish(new JobCancelled(BatchIds.jobId(batchId, row), batchId, clock.instant()))
                                    .thenReturn(row), CANCELS_IN_FLIGHT)
                            .count())
                    .map(cancelled -> ResponseEntity.status(HttpStatus.ACCEPTED).body(new BatchSchemas.Cancelled(batchId, cancelled)));
        });
    }

    private static String status(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidRequestException.of("status", "must be one of queued, running, completed, failed, cancelled");
        }
        return status;
    }

    private Mono<BatchView> find(String batchId) {
        return batches.find(batchId).switchIfEmpty(Mono.error(() -> new NotFoundException("no batch '" + batchId + "' exists")));
    }
}
