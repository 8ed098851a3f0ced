package dev.dakora.gateway.web;

import dev.dakora.gateway.config.DakoraProperties;
import dev.dakora.gateway.domain.BatchAccepted;
import dev.dakora.gateway.domain.BatchRequest;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.domain.SubmissionGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submits batches: one compare job per input row, from a JSON body or a CSV or JSON Lines upload. */
@RestController
@Tag(name = "Batches")
class BatchController {

    private static final String UPLOAD_FIELDS = " Other fields as query parameters: template_id, version or label, models "
            + "(repeated or comma-separated), name, temperature, max_tokens, top_p.";

    private final BatchSubmissions batches;
    private final int maxRows;
    private final SubmissionGuard guard;

    BatchController(BatchSubmissions batches, DakoraProperties properties, SubmissionGuard guard) {
        this.batches = batches;
        this.maxRows = properties.jobs().maxBatchRows();
        this.guard = guard;
    }

    @PostMapping(path = "/api/batches", consumes = "application/json")
    @Operation(summary = "Submit a batch", description = "{\"template_id\",\"version\"?,\"label\"?,\"models\":[...],"
            + "\"inputs\":[{...}],\"params\"?,\"name\"?}. Every row is validated first: 422 lists the bad rows "
            + "(errors[].row_index, 0-based) and nothing is queued. 202 {\"batch_id\",\"total_jobs\",\"total_calls\","
            + "\"status\":\"queued\"} once Kafka acknowledged every job; 503 with Retry-After when Kafka is down. "
            + "413 over dakora.http.max-batch-body bytes or dakora.jobs.max-batch-rows rows; 429 with Retry-After over "
            + "the submission limits.")
    Mono<ResponseEntity<Map<String, Object>>> json(@RequestBody Map<String, Object> body, ServerWebExchange exchange) {
        return submit(exchange, Mono.fromCallable(() -> BatchRequests.fromJson(body, maxRows)));
    }

    @PostMapping(path = "/api/batches", consumes = "text/csv")
    @Operation(summary = "Submit a batch from CSV", description = "A header line naming the inputs, then one row per job; "
            + "cells are strings coerced by the input spec, an empty cell leaves the input out." + UPLOAD_FIELDS)
    Mono<ResponseEntity<Map<String, Object>>> csv(@RequestBody String body, @RequestParam MultiValueMap<String, String> fields,
                                                  ServerWebExchange exchange) {
        return upload(exchange, fields, Mono.fromCallable(() -> CsvRows.parse(body)));
    }

    @PostMapping(path = "/api/batches", consumes = {"application/x-ndjson", "application/jsonl"})
    @Operation(summary = "Submit a batch from JSON Lines", description = "One JSON object of inputs per line." + UPLOAD_FIELDS)
    Mono<ResponseEntity<Map<String, Object>>> jsonLines(@RequestBody String body, @RequestParam MultiValueMap<String, String> fields,
                                                        ServerWebExchange exchange) {
        return upload(exchange, fields, Mono.fromCallable(() -> JsonLinesRows.parse(body)));
    }

    @PostMapping(path = "/api/batches", consumes = "multipart/form-data")
    @Operation(summary = "Submit a batch from an uploaded file", description = "Part 'file': CSV, or JSON Lines when its "
            + "name ends in .jsonl or .ndjson or its content type says so. The other fields as form fields or query parameters.")
    Mono<ResponseEntity<Map<String, Object>>> multipart(ServerWebExchange exchange) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(exchange.getRequest().getQueryParams());
        return exchange.getMultipartData().flatMap(parts -> {
            parts.forEach((name, values) -> values.stream().filter(FormFieldPart.class::isInstance)
                    .forEach(part -> fields.add(name, ((FormFieldPart) part).value())));
            Part file = parts.getFirst("file");
            if (!(file instanceof FilePart filePart)) {
                return Mono.error(InvalidRequestException.of("file", "is required: the rows as a CSV or JSON Lines file part"));
            }
            boolean jsonLines = isJsonLines(filePart);
            return upload(exchange, fields, DataBufferUtils.join(filePart.content()).map(buffer -> {
                String text = buffer.toString(StandardCharsets.UTF_8);
                DataBufferUtils.release(buffer);
                return jsonLines ? JsonLinesRows.parse(text) : CsvRows.parse(text);
            }));
        });
    }

    private Mono<ResponseEntity<Map<String, Object>>> upload(ServerWebExchange exchange, MultiValueMap<String, String> fields,
                                                             Mono<List<Map<String, Object>>> rows) {
        return submit(exchange, rows.map(parsed -> BatchRequests.fromUpload(fields, parsed, maxRows)));
    }

    private Mono<ResponseEntity<Map<String, Object>>> submit(ServerWebExchange exchange, Mono<BatchRequest> request) {
        return request.flatMap(batch -> guard.admit(Clients.of(exchange), batch.rows().size(), () -> batches.submit(batch)))
                .map(BatchController::accepted);
    }

    private static boolean isJsonLines(FilePart file) {
        String name = file.filename().toLowerCase(java.util.Locale.ROOT);
        String type = String.valueOf(file.headers().getContentType());
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || type.contains("ndjson") || type.contains("jsonl");
    }

    private static ResponseEntity<Map<String, Object>> accepted(BatchAccepted batch) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("batch_id", batch.batchId());
        answer.put("total_jobs", batch.totalJobs());
        answer.put("total_calls", batch.totalCalls());
        answer.put("status", "queued");
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/batches/" + batch.batchId())).body(answer);
    }
}
