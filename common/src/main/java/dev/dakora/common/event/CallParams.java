package dev.dakora.common.event;

import java.util.Map;

/**
 * Sampling parameters sent with every model call of a job.
 *
 * @param temperature {@code null} leaves the provider's default
 * @param maxTokens   {@code null} leaves the provider's default
 * @param topP        {@code null} leaves the provider's default
 * @param extra       provider-specific parameters passed through as given
 */
public record CallParams(Double temperature, Integer maxTokens, Double topP, Map<String, Object> extra) {

    public static final CallParams DEFAULTS = new CallParams(null, null, null, Map.of());

    public CallParams {
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be at least 1");
        }
        if (topP != null && (topP <= 0 || topP > 1)) {
            throw new IllegalArgumentException("top_p must be above 0 and at most 1");
        }
        extra = extra == null ? Map.of() : dev.dakora.common.value.Values.normalizeMap(extra);
    }
}
