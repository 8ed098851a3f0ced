package dev.dakora.common.event;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The reference's comparison result: one entry per requested model in request order. Totals count
 * successful calls only; {@code totalTimeMs} is the slowest call. An unpriced model adds nothing to
 * {@code totalCostUsd} and makes it a lower bound ({@code fullyPriced} false).
 */
public record ComparisonResult(List<ModelResult> results, BigDecimal totalCostUsd, long totalTokensIn,
                               long totalTokensOut, long totalTimeMs, int successfulCount, int failedCount,
                               boolean fullyPriced) {

    public ComparisonResult {
        results = List.copyOf(results);
    }

    public static ComparisonResult of(List<ModelResult> results) {
        List<ModelResult> succeeded = results.stream().filter(ModelResult::succeeded).toList();
        BigDecimal cost = succeeded.stream().map(ModelResult::costUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ComparisonResult(results, cost,
                succeeded.stream().mapToLong(ModelResult::tokensIn).sum(),
                succeeded.stream().mapToLong(ModelResult::tokensOut).sum(),
                results.stream().mapToLong(ModelResult::latencyMs).max().orElse(0),
                succeeded.size(), results.size() - succeeded.size(),
                succeeded.stream().allMatch(r -> r.costUsd() != null));
    }
}
