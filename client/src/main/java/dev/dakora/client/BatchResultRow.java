package dev.dakora.client;

import java.math.BigDecimal;
import java.util.Map;

/** One (input row, model) result of a batch; {@code rowIndex} is the row's 0-based place in the submission. */
public record BatchResultRow(int rowIndex, Map<String, Object> inputs, String model, String provider, String output,
                             long tokensIn, long tokensOut, BigDecimal costUsd, long latencyMs, String error) {
}
