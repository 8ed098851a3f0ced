package dev.dakora.client;

import java.math.BigDecimal;

/**
 * One column of an experiment: a template version on a model, run as batch {@code batchId}, and its
 * figures over every row and sample scored so far.
 *
 * @param passRate       passing results over results; null before any result
 * @param totalCostUsd   the evaluated calls' prices; unpriced calls are counted in {@code unpricedCalls}
 * @param costPerPassUsd null when none passed
 * @param judgeCostUsd   the judge calls' prices, apart from {@code totalCostUsd}
 */
public record ExperimentColumn(String version, String model, String batchId, int results, int passed, int failedCalls,
                               Double passRate, Double meanScore, Long p50LatencyMs, Long p95LatencyMs,
                               BigDecimal totalCostUsd, int unpricedCalls, BigDecimal costPerPassUsd,
                               BigDecimal judgeCostUsd) {
}
