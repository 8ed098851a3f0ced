package dev.dakora.common.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a model costs, in US dollars per million tokens.
 *
 * @param inputPerMillion  per million prompt tokens
 * @param outputPerMillion per million completion tokens
 */
public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

    public static final Price FREE = new Price(BigDecimal.ZERO, BigDecimal.ZERO);

    public Price {
        Objects.requireNonNull(inputPerMillion, "input-per-million is required");
        Objects.requireNonNull(outputPerMillion, "output-per-million is required");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("a price must not be negative");
        }
    }

    /** Exact cost of a call: tokens × price per million / 1,000,000. */
    public BigDecimal cost(long tokensIn, long tokensOut) {
        return inputPerMillion.multiply(BigDecimal.valueOf(tokensIn))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(tokensOut)))
                .movePointLeft(6);
    }
}
