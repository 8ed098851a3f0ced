package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/**
 * The aggregates of one group of logged calls (a model, a template or a UTC day).
 *
 * @param errors    failed calls
 * @param latencyMs percentiles over every call of the group (PostgreSQL's {@code percentile_cont})
 */
@Schema(name = "StatsGroup", requiredProperties = {"group", "calls", "errors", "tokens_in", "tokens_out", "cost_usd",
        "latency_ms"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatsGroup(@Schema(nullable = true) String group, long calls, long errors, long tokensIn, long tokensOut,
                         BigDecimal costUsd, Latency latencyMs) {

    /** Latency percentiles in milliseconds. */
    @Schema(name = "Latency", requiredProperties = {"p50", "p95", "p99"})
    public record Latency(@Schema(nullable = true) Double p50, @Schema(nullable = true) Double p95,
                          @Schema(nullable = true) Double p99) {
    }
}
