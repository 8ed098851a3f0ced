package dev.dakora.gateway.domain;

import java.time.Duration;

/**
 * The rate limits the LLM worker applies to a model, as its configuration ({@code dakora.llm.limits})
 * sets them; every field may be {@code null} to inherit (model, then provider, then {@code default},
 * then {@link #BUILT_IN}). {@code null} requests or tokens per window: no limit.
 */
public record RateLimits(Integer requestsPerWindow, Long tokensPerWindow, Duration window, Integer maxConcurrent) {

    /** The worker's built-in limits. */
    public static final RateLimits BUILT_IN = new RateLimits(null, null, Duration.ofMinutes(1), 256);

    public RateLimits overriddenBy(RateLimits other) {
        if (other == null) {
            return this;
        }
        return new RateLimits(other.requestsPerWindow != null ? other.requestsPerWindow : requestsPerWindow,
                other.tokensPerWindow != null ? other.tokensPerWindow : tokensPerWindow,
                other.window != null ? other.window : window,
                other.maxConcurrent != null ? other.maxConcurrent : maxConcurrent);
    }
}
