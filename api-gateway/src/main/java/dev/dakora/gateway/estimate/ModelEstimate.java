package dev.dakora.gateway.estimate;

import java.math.BigDecimal;

/**
 * What one model of a submission would cost.
 *
 * @param inputTokens  the rendered prompts' tokens over all its calls
 * @param outputTokens the output tokens assumed over all its calls
 * @param costLow      the prompts alone; {@code null} when the model has no price (never a silent zero)
 * @param costHigh     the prompts and the assumed output; {@code null} when the model has no price
 */
public record ModelEstimate(String model, String provider, String tokenizer, boolean tokenizerExact, long calls,
                            long inputTokens, long outputTokens, boolean priced, BigDecimal costLow, BigDecimal costHigh) {
}
