package dev.dakora.gateway.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code dakora.budgets.*}: spend limits in US dollars. None is set by default.
 *
 * @param global     all calls of every client together
 * @param perKey     each client (API key id, {@code admin}, or {@code anonymous} when auth is off) that has no entry in {@code keys}
 * @param keys       by client: the API key's id ({@code GET /api/keys}), {@code admin} or {@code anonymous}
 * @param spendCache how long a spend read from the execution log is reused
 */
@ConfigurationProperties("dakora.budgets")
public record BudgetProperties(Limit global, Limit perKey, Map<String, Limit> keys, @DefaultValue("10s") Duration spendCache) {

    /** At most {@code limitUsd} of logged cost per {@code period}. */
    public record Limit(BigDecimal limitUsd, @DefaultValue("month") BudgetPeriod period) {

        public Limit {
            if (limitUsd == null || limitUsd.signum() < 0) {
                throw new IllegalArgumentException("a budget needs limit-usd, zero or more");
            }
        }
    }

    public BudgetProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (spendCache.isNegative()) {
            throw new IllegalArgumentException("dakora.budgets.spend-cache must not be negative");
        }
    }

    /** The budget of one client: its own entry, else the per-key default; null when it has none. */
    Limit of(String client) {
        return keys.getOrDefault(client, perKey);
    }

    boolean perClient() {
        return perKey != null || !keys.isEmpty();
    }
}
