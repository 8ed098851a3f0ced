package dev.dakora.gateway.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("scope", scope);
        map.put("client", client);
        map.put("period", period.wireName());
        map.put("period_start", periodStart.toString());
        map.put("resets_at", resetsAt.toString());
        map.put("limit_usd", limitUsd);
        map.put("spent_usd", spentUsd);
        map.put("remaining_usd", remainingUsd());
        return map;
    }
}
