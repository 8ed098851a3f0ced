package dev.dakora.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * One answer per requested model, in request order; totals count successful calls only and
 * {@code totalTimeMs} is the slowest call.
 */
public record CompareResult(List<ModelResult> results, BigDecimal totalCostUsd, long totalTokensIn,
                            long totalTokensOut, long totalTimeMs, int successfulCount, int failedCount) {

    /** One model's answer; {@code error} is set (and tokens and cost are zero) when the call failed. */
    public record ModelResult(String output, String provider, String model, long tokensIn, long tokensOut,
                              BigDecimal costUsd, long latencyMs, String error) {
    }
}
