package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The bodies of the execution log and statistics routes. */
final class LogSchemas {

    private LogSchemas() {
    }

    @Schema(name = "Execution", description = "One model call; inputs_json holds the job's open inputs.",
            requiredProperties = {"call_id", "prompt_id", "version", "inputs_json", "output_text", "provider", "model",
                    "tokens_in", "tokens_out", "cost_usd", "latency_ms", "created_at", "job_id", "batch_id", "status",
                    "error", "attempts"})
    record Execution(String callId, String promptId, String version, Object inputsJson,
                     @Schema(nullable = true) String outputText, String provider, String model, long tokensIn,
                     long tokensOut, @Schema(nullable = true) BigDecimal costUsd, long latencyMs, Instant createdAt,
                     @Schema(nullable = true) String jobId, @Schema(nullable = true) String batchId,
                     @Schema(allowableValues = {"succeeded", "failed", "cancelled"}) String status,
                     @Schema(nullable = true) String error, int attempts) {
    }

    @Schema(name = "ExecutionPage", requiredProperties = {"items", "next_cursor"})
    record ExecutionPage(List<Execution> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "Latency", requiredProperties = {"p50", "p95", "p99"})
    record Latency(@Schema(nullable = true) Double p50, @Schema(nullable = true) Double p95,
                   @Schema(nullable = true) Double p99) {
    }

    @Schema(name = "StatsGroup", requiredProperties = {"group", "calls", "errors", "tokens_in", "tokens_out", "cost_usd",
            "latency_ms"})
    record StatsGroup(String group, long calls, long errors, long tokensIn, long tokensOut, BigDecimal costUsd,
                      Latency latencyMs) {
    }

    @Schema(name = "Stats", requiredProperties = {"group_by", "since", "until", "groups"})
    record Stats(@Schema(allowableValues = {"model", "template", "day"}) String groupBy,
                 @Schema(nullable = true) String since, @Schema(nullable = true) String until, List<StatsGroup> groups) {
    }
}
