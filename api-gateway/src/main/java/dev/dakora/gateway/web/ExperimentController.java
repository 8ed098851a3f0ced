package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.experiments.ExperimentPlanner;
import dev.dakora.gateway.experiments.ExperimentReads;
import dev.dakora.gateway.experiments.ExperimentSubmissions;
import dev.dakora.gateway.persistence.ExperimentStore;
import dev.dakora.gateway.persistence.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;

/** Submits experiments, lists them and shows one with its status and per-column aggregates. */
@RestController
@Tag(name = "Experiments")
class ExperimentController {

    private final ExperimentPlanner planner;
    private final ExperimentSubmissions submissions;
    private final ExperimentReads reads;
    private final ExperimentStore store;
    private final SubmissionGuard guard;

    ExperimentController(ExperimentPlanner planner, ExperimentSubmissions submissions, ExperimentReads reads,
                         ExperimentStore store, SubmissionGuard guard) {
        this.planner = planner;
        this.submissions = submissions;
        this.reads = reads;
        this.store = store;
        this.guard = guard;
    }

    @PostMapping(path = "/api/experiments", consumes = "application/json")
    @Operation(summary = "Run an experiment", description = "The experiment file as JSON: {\"name\",\"template\",\"versions\":[..],"
            + "\"models\":[..],\"samples\"?,\"dataset\":{\"name\",\"version\"?},\"pass_threshold\"?,\"assertions\":[{\"type\",...}]} "
            + "(dataset version omitted or 'latest': the latest). Every dataset row runs with each template version on each "
            + "model, samples times, as one batch per version. 202 {\"experiment_id\",\"name\",\"status\":\"queued\",\"total_rows\","
            + "\"total_calls\",\"columns\":[{\"version\",\"model\",\"batch_id\"}],\"created_at\"} once Kafka acknowledged every job. "
            + "400 errors[] {field, message} for every refused field; 404 unknown template, version, judge template, dataset or "
            + "dataset version; 422 errors[] {row, version, field, message} for dataset rows that do not fit a version's inputs; "
            + "413 over dakora.experiments.max-calls calls; 429 with Retry-After over the submission limits (one row per dataset "
            + "row and version); 503 with Retry-After when Kafka is down.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = ExperimentSchemas.Experiment.class)))
    Mono<ResponseEntity<Map<String, Object>>> create(@RequestBody ExperimentSchemas.Request body, ServerWebExchange exchange) {
        return Mono.fromCallable(body::spec).flatMap(planner::plan)
                .flatMap(plan -> guard.admit(Clients.of(exchange), plan.rows().size() * plan.versions().size(),
                        () -> submissions.submit(plan)))
                .map(stored -> ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/experiments/" + stored.experimentId()))
                        .body(ExperimentReads.accepted(stored)));
    }

    @GetMapping("/api/experiments")
    @Operation(summary = "List experiments", description = "Newest first: {\"items\":[<experiment without column aggregates>],"
            + "\"next_cursor\"}; template_id filters; limit (default 50, at most 1000) and cursor page through them.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ExperimentSchemas.Page.class)))
    Mono<Map<String, Object>> list(@RequestParam(name = "template_id", required = false) String templateId,
                                   @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> ListParams.limit(limit))
                .flatMap(max -> store.list(templateId, max, ListParams.cursor(cursor)))
                .flatMap(page -> Flux.fromIterable(page.items()).concatMap(item -> reads.view(item, false)).collectList()
                        .map(items -> new Page<>(items, page.nextCursor()).toMap()));
    }

    @GetMapping("/api/experiments/{experimentId}")
    @Operation(summary = "An experiment", description = "{\"experiment_id\",\"name\",\"template_id\",\"versions\",\"models\",\"samples\","
            + "\"dataset\":{\"name\",\"version\"},\"pass_threshold\",\"assertions\",\"status\",\"total_rows\",\"total_calls\","
            + "\"scored_calls\",\"passed\",\"render_failures\",\"judge_cost_usd\",\"created_at\",\"completed_at\",\"columns\":[{\"version\","
            + "\"model\",\"batch_id\",\"results\",\"passed\",\"failed_calls\",\"pass_rate\",\"mean_score\",\"p50_latency_ms\","
            + "\"p95_latency_ms\",\"total_cost_usd\",\"unpriced_calls\",\"cost_per_pass_usd\",\"judge_cost_usd\"}]}. status: queued "
            + "(no batch started), running, completed (every batch final and every completed call scored), failed (every batch "
            + "failed), cancelled. 404 unknown.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ExperimentSchemas.Experiment.class)))
    Mono<Map<String, Object>> get(@PathVariable String experimentId) {
        return reads.find(experimentId).flatMap(experiment -> reads.view(experiment, true));
    }
}
