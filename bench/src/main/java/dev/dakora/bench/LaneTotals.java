package dev.dakora.bench;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** What one lane of {@link LaneSaving} produced: the calls that succeeded, their usage and cost, and the time taken. */
record LaneTotals(int succeeded, long tokensIn, long tokensOut, BigDecimal cost, Duration took) {

    static LaneTotals of(List<ModelCallCompleted> results, Duration took) {
        long ok = results.stream().filter(r -> r.status() == CallStatus.SUCCEEDED).count();
        return new LaneTotals((int) ok, results.stream().mapToLong(ModelCallCompleted::tokensIn).sum(),
                results.stream().mapToLong(ModelCallCompleted::tokensOut).sum(),
                results.stream().map(ModelCallCompleted::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add), took);
    }

    /** One line of the report: the lane's name, then its totals. */
    String line(String lane) {
        return String.format("%-10s %d succeeded, %,d tokens in, %,d tokens out, cost %s USD (%d ms)", lane, succeeded,
                tokensIn, tokensOut, cost.toPlainString(), took.toMillis());
    }
}
