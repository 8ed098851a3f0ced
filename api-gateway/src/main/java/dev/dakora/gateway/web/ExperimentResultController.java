package dev.dakora.gateway.web;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.gateway.domain.BatchIds;
import dev.dakora.gateway.experiments.ExperimentComparisonView;
import dev.dakora.gateway.experiments.ExperimentReads;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.ExperimentResultPage;
import dev.dakora.gateway.persistence.JobReads;
import dev.dakora.gateway.persistence.ResultPosition;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** An experiment's grid of results, its comparison with another experiment, and its cancellation. */
@RestController
@Tag(name = "Experiments")
class ExperimentResultController {

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5000;
    private static final int CANCELS_IN_FLIGHT = 256;

    private final ExperimentReads reads;
    private final JobReads jobs;
    private final JobPublisher publisher;
    private final Clock clock;

    ExperimentResultController(ExperimentReads reads, JobReads jobs, JobPublisher publisher, Clock clock) {
        this.reads = reads;
        this.jobs = jobs;
        this.publisher = publisher;
        this.clock = clock;
    }

    @GetMapping("/api/experiments/{experimentId}/results")
    @Operation(summary = "An experiment's results", description = "The scored calls so far, ordered by row, version, model, "
            + "sample: {\"items\":[{\"row\",\"version\",\"model\",\"sample\",\"call_id\",\"succeeded\",\"passed\",\"score\",\"output\","
            + "\"error\",\"latency_ms\",\"tokens_in\",\"tokens_out\",\"cost_usd\",\"judge_cost_usd\",\"inputs\",\"expected\","
            + "\"assertions\":[{\"type\",\"passed\",\"score\",\"weight\",\"reason\"}]}],\"next_cursor\"}; inputs and expected are the "
            + "dataset row's. limit (default 500, at most 5000) and cursor page through them. 404 unknown.")
    Mono<ExperimentResultPage> results(@PathVariable String experimentId, @RequestParam(required = false) String limit,
                                      @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> limit(limit)).flatMap(max -> reads.find(experimentId)
                .flatMap(experiment -> reads.resultsPage(experiment, position(cursor), max)));
    }

    @GetMapping("/api/experiments/{experimentId}/compare")
    @Operation(summary = "Compare with a baseline experiment", description = "Row by row, over one column of each experiment: "
            + "version and model when given, else each experiment's first version and first model. {\"baseline\",\"candidate\","
            + "\"regressed\",\"improved\",\"unchanged\",\"only_baseline\",\"only_candidate\",\"rows\":[{\"row\",\"change\":"
            + "\"regressed|improved|unchanged|only_baseline|only_candidate\",\"baseline\":{\"pass_share\",\"mean_score\"},"
            + "\"candidate\":{...},\"score_delta\"}]}. A lower pass share regressed; with equal shares a mean score that moved by "
            + "more than tolerance (default 0.05, 0 to 1) decides. 400 missing baseline or bad tolerance; 404 unknown experiment.")
    Mono<ExperimentComparisonView> compare(@PathVariable String experimentId, @RequestParam(required = false) String baseline,
                                      @RequestParam(required = false) String tolerance,
                                      @RequestParam(required = false) String version,
                                      @RequestParam(required = false) String model) {
        return Mono.fromCallable(() -> {
                    if (baseline == null || baseline.isBlank()) {
                        throw InvalidRequestException.of("baseline", "is required: the id of the experiment to compare with");
                    }
                    return tolerance(tolerance);
                })
                .flatMap(chosen -> Mono.zip(reads.find(baseline), reads.find(experimentId))
                        .flatMap(both -> reads.compare(both.getT1(), both.getT2(), version, model, chosen)));
    }

    @PostMapping("/api/experiments/{experimentId}/cancel")
    @Operation(summary = "Cancel an experiment", description = "Cancels every job of its batches that is not final, as batch "
            + "cancel does; 202 {\"experiment_id\",\"cancel_requested_batches\",\"cancel_requested_jobs\"}. 409 when already final; 404 unknown.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = ExperimentSchemas.Cancelled.class)))
    Mono<ResponseEntity<ExperimentSchemas.Cancelled>> cancel(@PathVariable String experimentId) {
        return reads.find(experimentId).flatMap(experiment -> reads.progress(experiment).flatMap(status -> {
            if (status.isFinal()) {
                return Mono.error(new ConflictException("experiment " + experimentId + " is already " + status.status()));
            }
            int rows = experiment.totalRows();
            return Flux.fromIterable(experiment.batches().values())
                    .concatMap(batchId -> jobs.finishedRowsOfBatch(batchId).collect(HashSet<Integer>::new, Set::add)
                            .flatMap(finished -> Flux.range(0, rows).filter(row -> !finished.contains(row))
                                    .flatMap(row -> publisher.publish(new JobCancelled(BatchIds.jobId(batchId, row), batchId,
                                            clock.instant())).thenReturn(row), CANCELS_IN_FLIGHT)
                                    .count()))
                    .collectList()
                    .map(counts -> ResponseEntity.status(HttpStatus.ACCEPTED).body(new ExperimentSchemas.Cancelled(experimentId,
                            counts.stream().filter(count -> count > 0).count(), counts.stream().mapToLong(Long::longValue).sum())));
        }));
    }

    private static int limit(String text) {
        return Paging.limit(text, DEFAULT_LIMIT, MAX_LIMIT);
    }

    private static ResultPosition position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return ResultPosition.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("cursor", "is not a cursor this server gave; send next_cursor from the previous page");
        }
    }

    private static double tolerance(String text) {
        if (text == null) {
            return 0.05;
        }
        try {
            double tolerance = Double.parseDouble(text.strip());
            if (tolerance >= 0 && tolerance <= 1) {
                return tolerance;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw InvalidRequestException.of("tolerance", "must be a number from 0 to 1");
    }
}
