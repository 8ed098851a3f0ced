package dev.dakora.gateway.web;

import dev.dakora.gateway.config.DakoraProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Submits batches: one compare job per input row, from a JSON body or a CSV or JSON Lines upload. With
 * {@code ?dry_run=true} the same body is read and checked row by row, and nothing is submitted.
 */
@RestController
@Tag(name = "Batches")
class BatchController {

    private static final String UPLOAD_FIELDS = " Other fields as query parameters: template_id, version or label, models "
            + "(repeated or comma-separated), name, temperature, max_tokens, top_p, lane.";
    private static final String DRY_RUN = " ?dry_run=true: 200 with every row's check (row_index, line in the uploaded "
            + "file, valid, inputs as the input spec coerces them or errors by field), nothing submitted; models optional. "
            + "?estimate=true: 200 with the cost estimate (per model: calls, input tokens of the rendered prompts, "
            + "output tokens assumed, cost low/high or null when unpriced, tokenizer), the lane and batch_lane (what the batch lane "
            + "would save, on which models, within its 24 h window), nothing submitted.";

    private static final String CHECKED = "The dry run's check of every row (?dry_run=true), or the estimate (?estimate=true)";

    private static final String DRY_RUN_PARAMETER = "true: check every row and submit nothing (200 with each row's inputs or "
            + "errors); false or absent: submit";

    private final BatchSubmitFlow flow;
    private final BatchBodies bodies;

    BatchController(BatchSubmitFlow flow, DakoraProperties properties) {
        this.flow = flow;
        this.bodies = new BatchBodies(properties.jobs().maxBatchRows());
    }

    @PostMapping(path = "/api/batches", consumes = "application/json")
    @Operation(summary = "Submit a batch", description = "{\"template_id\",\"version\"?,\"label\"?,\"models\":[...],"
            + "\"inputs\":[{...}],\"params\"?,\"name\"?}; params.lane (or ?lane=) online, batch or auto. Every row is validated first: 422 lists the bad rows "
            + "(errors[].row_index, 0-based) and nothing is queued. 202 {\"batch_id\",\"total_jobs\",\"total_calls\","
            + "\"status\":\"queued\",\"lane\",\"expected_completion_by\"} once Kafka acknowledged every job (lane: online "
            + "or batch, auto decided; expected_completion_by: on the batch lane the submission time plus 24 h, else null); 503 with Retry-After when Kafka is down. "
            + "413 over dakora.http.max-batch-body bytes or dakora.jobs.max-batch-rows rows; 429 with Retry-After over "
            + "the submission limits. name: at most 200 characters; without one the batch is named '<template_id> <time>'."
            + DRY_RUN)
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = BatchSchemas.Accepted.class)))
    @ApiResponse(responseCode = "200", description = CHECKED, content = @Content(schema = @Schema(oneOf = {BatchSchemas.Check.class, EstimateView.class})))
    @Parameter(name = "lane", in = ParameterIn.QUERY, description = BatchLaneSchemas.LANE_QUERY, schema = @Schema(allowableValues = {"online", "batch", "auto"}))
    @Parameter(name = "estimate", in = ParameterIn.QUERY, description = BatchLaneSchemas.ESTIMATE_QUERY, schema = @Schema(type = "string"))
    @BatchUploadBody
    Mono<ResponseEntity<Object>> json(@Valid @RequestBody BatchSchemas.Request body,
                                                   @Parameter(description = DRY_RUN_PARAMETER) @RequestParam(name = "dry_run", required = false) String dryRun,
                                                   ServerWebExchange exchange) {
        return flow.handle(dryRun, exchange, check -> Mono.fromCallable(() -> bodies.json(body, !check)));
    }

    @PostMapping(path = "/api/batches", consumes = "text/csv")
    @Operation(summary = "Submit a batch from CSV", description = "A header line naming the inputs, then one row per job; "
            + "cells are strings coerced by the input spec, an empty cell leaves the input out." + UPLOAD_FIELDS + DRY_RUN)
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = BatchSchemas.Accepted.class)))
    @ApiResponse(responseCode = "200", description = CHECKED, content = @Content(schema = @Schema(oneOf = {BatchSchemas.Check.class, EstimateView.class})))
    @Parameter(name = "lane", in = ParameterIn.QUERY, description = BatchLaneSchemas.LANE_QUERY, schema = @Schema(allowableValues = {"online", "batch", "auto"}))
    @Parameter(name = "estimate", in = ParameterIn.QUERY, description = BatchLaneSchemas.ESTIMATE_QUERY, schema = @Schema(type = "string"))
    @BatchUploadBody
    Mono<ResponseEntity<Object>> csv(@RequestBody String body, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> fields,
                                                  @Parameter(description = DRY_RUN_PARAMETER) @RequestParam(name = "dry_run", required = false) String dryRun,
                                                  ServerWebExchange exchange) {
        return flow.handle(dryRun, exchange, check -> Mono.fromCallable(() -> bodies.upload(fields, CsvRows.parse(body), !check)));
    }

    @PostMapping(path = "/api/batches", consumes = {"application/x-ndjson", "application/jsonl"})
    @Operation(summary = "Submit a batch from JSON Lines", description = "One JSON object of inputs per line." + UPLOAD_FIELDS
            + DRY_RUN)
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = BatchSchemas.Accepted.class)))
    @ApiResponse(responseCode = "200", description = CHECKED, content = @Content(schema = @Schema(oneOf = {BatchSchemas.Check.class, EstimateView.class})))
    @Parameter(name = "lane", in = ParameterIn.QUERY, description = BatchLaneSchemas.LANE_QUERY, schema = @Schema(allowableValues = {"online", "batch", "auto"}))
    @Parameter(name = "estimate", in = ParameterIn.QUERY, description = BatchLaneSchemas.ESTIMATE_QUERY, schema = @Schema(type = "string"))
    @BatchUploadBody
    Mono<ResponseEntity<Object>> jsonLines(@RequestBody String body, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> fields,
                                                        @Parameter(description = DRY_RUN_PARAMETER) @RequestParam(name = "dry_run", required = false) String dryRun,
                                                        ServerWebExchange exchange) {
        return flow.handle(dryRun, exchange, check -> Mono.fromCallable(() -> bodies.upload(fields, JsonLinesRows.parse(body), !check)));
    }

    @PostMapping(path = "/api/batches", consumes = "multipart/form-data")
    @Operation(summary = "Submit a batch from an uploaded file", description = "Part 'file': CSV, or JSON Lines when its "
            + "name ends in .jsonl or .ndjson or its content type says so. The other fields as form fields or query parameters "
            + "(a lane form field and ?lane= both given must agree, else 400)." + DRY_RUN)
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = BatchSchemas.Accepted.class)))
    @ApiResponse(responseCode = "200", description = CHECKED, content = @Content(schema = @Schema(oneOf = {BatchSchemas.Check.class, EstimateView.class})))
    @Parameter(name = "lane", in = ParameterIn.QUERY, description = BatchLaneSchemas.LANE_QUERY, schema = @Schema(allowableValues = {"online", "batch", "auto"}))
    @Parameter(name = "estimate", in = ParameterIn.QUERY, description = BatchLaneSchemas.ESTIMATE_QUERY, schema = @Schema(type = "string"))
    @BatchUploadBody
    Mono<ResponseEntity<Object>> multipart(@Parameter(description = DRY_RUN_PARAMETER) @RequestParam(name = "dry_run", required = false) String dryRun,
                                                        ServerWebExchange exchange) {
        return flow.handle(dryRun, exchange, check -> bodies.multipart(exchange, !check));
    }
}
