package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The bodies of the execution log, statistics, models and health routes. */
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

    @Schema(name = "RateLimits", description = "null: no limit.", requiredProperties = {"requests_per_window",
            "tokens_per_window", "window_seconds", "max_concurrent"})
    record RateLimits(@Schema(nullable = true) Integer requestsPerWindow, @Schema(nullable = true) Long tokensPerWindow,
                      Long windowSeconds, @Schema(nullable = true) Integer maxConcurrent) {
    }

    @Schema(name = "ModelInfo", description = "Prices in USD per million tokens, null when unpriced.",
            requiredProperties = {"model", "provider", "input_per_million_usd", "output_per_million_usd", "rate_limits"})
    record Model(String model, String provider, @Schema(nullable = true) BigDecimal inputPerMillionUsd,
                 @Schema(nullable = true) BigDecimal outputPerMillionUsd, RateLimits rateLimits) {
    }

    @Schema(name = "Models", requiredProperties = {"items", "prices_as_of"})
    record Models(List<Model> items, @Schema(nullable = true) String pricesAsOf) {
    }

    @Schema(name = "PartHealth", requiredProperties = "status")
    record Part(@Schema(allowableValues = {"up", "down"}) String status) {
    }

    @Schema(name = "Health", description = "vault_config is open (the registry's settings); roles appears in the "
            + "standalone, one entry per other role.", requiredProperties = {"status", "templates_loaded", "vault_config",
            "database", "registry", "kafka", "consumers"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Health(@Schema(allowableValues = {"healthy", "unhealthy"}) String status, int templatesLoaded,
                  Map<String, Object> vaultConfig, Part database, Part registry, Part kafka, Part consumers,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Part> roles) {
    }
}
