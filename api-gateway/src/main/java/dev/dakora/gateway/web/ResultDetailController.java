package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.BatchReads;
import dev.dakora.gateway.persistence.CallDetail;
import dev.dakora.gateway.persistence.ResultDetailReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What a results screen opens: one call in full, and the rows of a batch that failed before any call. */
@RestController
@Tag(name = "Execution log")
class ResultDetailController {

    private final ResultDetailReads reads;
    private final BatchReads batches;

    ResultDetailController(ResultDetailReads reads, BatchReads batches) {
        this.reads = reads;
        this.batches = batches;
    }

    @GetMapping("/api/executions/{callId}")
    @Operation(summary = "One call in full", description = "The call's inputs, the rendered prompt it was sent (null for "
            + "calls logged before prompts were kept), output, tokens, cost, latency, attempts and error. 404 when no "
            + "call has that id.")
    Mono<CallDetail> call(@PathVariable String callId) {
        return reads.call(callId).switchIfEmpty(Mono.error(() -> new NotFoundException("no call '" + callId + "' is logged")));
    }

    @GetMapping("/api/batches/{batchId}/failures")
    @Operation(summary = "A batch's failed rows", description = "Rows whose job failed or was cancelled before any model "
            + "answered (a render error, for one), by row index: row_index (from 0), status, error, inputs; limit "
            + "(default 50, at most 1000); truncated when more exist. 404 for an unknown batch.")
    Mono<BatchFailures> failures(@PathVariable String batchId, @RequestParam(required = false) String limit) {
        return Mono.fromCallable(() -> ListParams.limit(limit)).flatMap(max -> batches.find(batchId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("no batch '" + batchId + "' exists")))
                .flatMap(batch -> reads.failures(batchId, max + 1).collectList())
                .map(rows -> new BatchFailures(batchId, rows.subList(0, Math.min(max, rows.size())), rows.size() > max)));
    }
}
