package dev.dakora.evaluation.experiment;

import java.math.BigDecimal;

/**
 * The figures of one column of an experiment, over every row and sample in it.
 *
 * @param passRate              passing results over results
 * @param p50LatencyMs          nearest-rank percentiles over every call, failed ones included
 * @param totalCostUsd          the evaluated calls' prices summed; unpriced calls are counted in
 *                              {@code unpricedCalls}, not as zero
 * @param costPerPassingUsd     {@code totalCostUsd} over passing results; {@code null} when none passed
 * @param judgeCostUsd          the judge calls' prices, apart from {@code totalCostUsd}
 */
public record ColumnSummary(String templateVersion, String model, int results, int passed, int failedCalls,
                            double passRate, double meanScore, long p50LatencyMs, long p95LatencyMs,
                            BigDecimal totalCostUsd, int unpricedCalls, BigDecimal costPerPassingUsd,
                            BigDecimal judgeCostUsd) {
}
