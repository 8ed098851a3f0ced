package dev.dakora.gateway.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One budget now.
 *
 * @param scope  {@code global} or {@code key}
 * @param client the client of a key budget, null for the global one
 */
public record BudgetState(String scope, String client, BudgetPeriod period, Instant periodStart, Instant resetsAt,
                          BigDecimal limitUsd, BigDecimal spentUsd) {

    String scopeLabel() {
        return client == null ? "global" : "client '" + client + "'";
    }

    BigDecimal remainingUsd() {
        return limitUsd.subtract(spentUsd).max(BigDecimal.ZERO);
    }
}
