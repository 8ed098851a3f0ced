package dev.dakora.common.model;

import java.math.BigDecimal;

/**
 * The price of one call.
 *
 * @param usd    {@code null} when the model has no price
 * @param priced whether the model is in the price table (echo is priced, at zero)
 */
public record Cost(BigDecimal usd, boolean priced) {

    public static final Cost UNPRICED = new Cost(null, false);
}
