package dev.dakora.gateway.estimate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

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

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", model);
        map.put("provider", provider);
        map.put("tokenizer", tokenizer);
        map.put("tokenizer_exact", tokenizerExact);
        map.put("calls", calls);
        map.put("input_tokens", inputTokens);
        map.put("output_tokens_assumed", outputTokens);
        map.put("priced", priced);
        map.put("cost_usd_low", costLow);
        map.put("cost_usd_high", costHigh);
        return map;
    }
}
