package dev.dakora.common.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the providers' batch APIs take off the list price, as a fraction (0.5: half price), by provider
 * ({@code openai}) or by {@code provider/model}, the model's entry first. OpenAI's Batch API and
 * Anthropic's Message Batches both charge half of the standard price. A provider without an entry has no
 * batch lane.
 */
public final class BatchDiscounts {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Map<String, BigDecimal> discounts;

    public BatchDiscounts(Map<String, BigDecimal> discounts) {
        discounts.forEach((key, value) -> {
            if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("batch discount of " + key + " must be between 0 and 1, got " + value);
            }
        });
        this.discounts = Map.copyOf(discounts);
    }

    /** The list discounts: 0.5 for openai and anthropic. */
    public static BatchDiscounts shipped() {
        return new BatchDiscounts(Map.of("openai", HALF, "anthropic", HALF));
    }

    /** These discounts with {@code overrides} added or replacing entries of the same key. */
    public BatchDiscounts withOverrides(Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> merged = new HashMap<>(discounts);
        merged.putAll(overrides);
        return new BatchDiscounts(merged);
    }

    /** The fraction taken off a model's batch calls, if its provider has a batch lane. */
    public Optional<BigDecimal> discount(ModelName name) {
        BigDecimal own = discounts.get(name.key());
        return Optional.ofNullable(own != null ? own : discounts.get(name.provider()));
    }

    /** A batch call's cost: the list cost less the discount, exact; unpriced when the model has no price. */
    public Cost cost(PriceTable prices, ModelName name, long tokensIn, long tokensOut) {
        Cost list = prices.cost(name, tokensIn, tokensOut);
        if (!list.priced()) {
            return list;
        }
        BigDecimal off = discount(name).orElse(BigDecimal.ZERO);
        return new Cost(list.usd().multiply(BigDecimal.ONE.subtract(off)), true);
    }
}
