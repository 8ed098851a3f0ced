package dev.dakora.common.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices per model. Entries are keyed {@code provider/model} ({@code openai/gpt-4o-mini}). A model is
 * found by its exact key, then by the key without a trailing snapshot date ({@code -2024-07-18},
 * {@code -20241022}) or {@code -latest}. A model not found has no price: its cost is unknown, never
 * zero. The built-in {@code echo} is free.
 */
public final class PriceTable {

    private static final Pattern SNAPSHOT_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$");

    private final Map<String, Price> prices;
    private final String asOf;

    public PriceTable(Map<String, Price> prices, String asOf) {
        this.prices = Map.copyOf(prices);
        this.asOf = asOf;
    }

    /** This table with {@code overrides} added or replacing entries of the same key. */
    public PriceTable withOverrides(Map<String, Price> overrides) {
        Map<String, Price> merged = new HashMap<>(prices);
        merged.putAll(overrides);
        return new PriceTable(merged, asOf);
    }

    public Optional<Price> find(ModelName name) {
        if (name.isEcho()) {
            return Optional.of(Price.FREE);
        }
        Price exact = prices.get(name.key());
        if (exact != null) {
            return Optional.of(exact);
        }
        String undated = SNAPSHOT_SUFFIX.matcher(name.model()).replaceFirst("");
        return Optional.ofNullable(prices.get(name.provider() + "/" + undated));
    }

    public Cost cost(ModelName name, long tokensIn, long tokensOut) {
        return find(name)
                .map(price -> new Cost(price.cost(tokensIn, tokensOut), true))
                .orElse(Cost.UNPRICED);
    }

    /** Every priced model, by key: for the model catalogue. */
    public Map<String, Price> entries() {
        return prices;
    }

    /** The date the shipped prices were taken, as written in the price file. */
    public String asOf() {
        return asOf;
    }

    static BigDecimal decimal(Object value, String where) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(where + " must be a number, got " + value);
    }
}
