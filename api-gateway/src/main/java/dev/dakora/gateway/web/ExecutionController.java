package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.ExecutionReads;
import dev.dakora.gateway.persistence.StatsReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Locale;

/** The execution log and its aggregates, read from the log sink's {@code executions}. */
@RestController
@Tag(name = "Execution log")
class ExecutionController {

    private final ExecutionReads executions;
    private final StatsReads stats;

    ExecutionController(ExecutionReads executions, StatsReads stats) {
        this.executions = executions;
        this.stats = stats;
    }

    @GetMapping("/api/executions")
    @Operation(summary = "The execution log", description = "One row per model call, newest first: call_id, prompt_id, version, "
            + "inputs_json, output_text, provider, model, tokens_in, tokens_out, cost_usd (null when unpriced), latency_ms, "
            + "created_at, job_id, batch_id, status, error, attempts, cached. Filters template_id, model, job_id, batch_id, status "
            + "(succeeded, failed, cancelled), since (inclusive) and until (exclusive) on created_at, each an ISO-8601 "
            + "instant or a date; limit (default 50, at most 1000) and cursor.")
    Mono<ExecutionPage> list(@RequestParam(name = "template_id", required = false) String templateId,
                             @RequestParam(required = false) String model,
                             @RequestParam(name = "job_id", required = false) String jobId,
                             @RequestParam(name = "batch_id", required = false) String batchId,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String since,
                             @RequestParam(required = false) String until,
                             @RequestParam(required = false) String limit,
                             @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> new ExecutionReads.Filter(templateId, model, jobId, batchId, status(status),
                        ListParams.since(since), ListParams.until(until)))
                .flatMap(filter -> executions.list(filter, ListParams.limit(limit), ListParams.cursor(cursor)))
                .map(ExecutionPage::of);
    }

    @GetMapping("/api/stats")
    @Operation(summary = "Usage and cost statistics", description = "group_by=model (default), template or day (UTC); since "
            + "(inclusive) and until (exclusive) on created_at, each an ISO-8601 instant or a date. "
            + "{\"group_by\",\"since\",\"until\",\"groups\":[{\"group\",\"calls\",\"errors\",\"tokens_in\","
            + "\"tokens_out\",\"cost_usd\",\"latency_ms\":{\"p50\",\"p95\",\"p99\"}}]}; errors count failed calls; tokens and "
            + "cost count what calls used (failed and cancelled calls use none); latency percentiles over every call.")
    Mono<Stats> stats(@RequestParam(name = "group_by", required = false) String groupBy,
                      @RequestParam(required = false) String since,
                      @RequestParam(required = false) String until) {
        return Mono.fromCallable(() -> groupBy(groupBy)).flatMap(group -> {
            var from = ListParams.since(since);
            var to = ListParams.until(until);
            return stats.stats(group, from, to).map(groups -> new Stats(group.name().toLowerCase(Locale.ROOT),
                    from == null ? null : from.toString(), to == null ? null : to.toString(), groups));
        });
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!ExecutionReads.STATUSES.contains(status)) {
            throw InvalidRequestException.of("status", "must be one of " + String.join(", ", ExecutionReads.STATUSES));
        }
        return status;
    }

    private static StatsReads.GroupBy groupBy(String groupBy) {
        if (groupBy == null) {
            return StatsReads.GroupBy.MODEL;
        }
        return switch (groupBy) {
            case "model" -> StatsReads.GroupBy.MODEL;
            case "template" -> StatsReads.GroupBy.TEMPLATE;
            case "day" -> StatsReads.GroupBy.DAY;
            default -> throw InvalidRequestException.of("group_by", "must be model, template or day");
        };
    }
}
