package dev.dakora.llm.domain;

import java.time.Duration;

/**
 * Limits and retry rules of one model. In configuration every field may be left out ({@code null}) to
 * inherit from the provider's section, then from {@code default}, then from {@link #BUILT_IN}.
 *
 * @param requestsPerWindow  at most this many attempts start in any sliding {@code window}; null: no limit
 * @param tokensPerWindow    at most this many tokens (estimated, then settled to the reported usage) in any
 *                           sliding {@code window}; null: no limit
 * @param window             the window both limits count over (one minute by default)
 * @param maxConcurrent      attempts in flight at once (the adaptive limit starts here and never exceeds it)
 * @param acquireTimeout     how long a call may wait for a rate permit or a slot before it fails
 * @param timeout            per attempt
 * @param maxAttempts        tries of one call, the first included
 * @param initialBackoff     wait before the second try; doubles each try
 * @param maxBackoff         cap of the exponential backoff
 * @param jitter             fraction of the backoff added or removed at random (0.2: ±20%)
 * @param maxRetryAfter      cap of a provider's {@code Retry-After}
 * @param outputTokensEstimate output tokens assumed for the token limit when the call sets no max_tokens
 */
public record LimitSettings(Integer requestsPerWindow, Long tokensPerWindow, Duration window, Integer maxConcurrent,
                            Duration acquireTimeout, Duration timeout, Integer maxAttempts, Duration initialBackoff,
                            Duration maxBackoff, Double jitter, Duration maxRetryAfter, Integer outputTokensEstimate,
                            CircuitSettings circuitBreaker) {

    public static final LimitSettings BUILT_IN = new LimitSettings(null, null, Duration.ofMinutes(1), 256,
            Duration.ofMinutes(10), Duration.ofSeconds(120), 3, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2,
            Duration.ofSeconds(60), 256, CircuitSettings.BUILT_IN);

    /** These settings with every field {@code o} sets replacing ours. */
    public LimitSettings overriddenBy(LimitSettings o) {
        if (o == null) {
            return this;
        }
        return new LimitSettings(
                o.requestsPerWindow != null ? o.requestsPerWindow : requestsPerWindow,
                o.tokensPerWindow != null ? o.tokensPerWindow : tokensPerWindow,
                o.window != null ? o.window : window,
                o.maxConcurrent != null ? o.maxConcurrent : maxConcurrent,
                o.acquireTimeout != null ? o.acquireTimeout : acquireTimeout,
                o.timeout != null ? o.timeout : timeout,
                o.maxAttempts != null ? o.maxAttempts : maxAttempts,
                o.initialBackoff != null ? o.initialBackoff : initialBackoff,
                o.maxBackoff != null ? o.maxBackoff : maxBackoff,
                o.jitter != null ? o.jitter : jitter,
                o.maxRetryAfter != null ? o.maxRetryAfter : maxRetryAfter,
                o.outputTokensEstimate != null ? o.outputTokensEstimate : outputTokensEstimate,
                circuitBreaker == null ? o.circuitBreaker : circuitBreaker.overriddenBy(o.circuitBreaker));
    }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    public LimitSettings validated(String where) {
        check(requestsPerWindow == null || requestsPerWindow > 0, where, "requests-per-window must be above 0");
        check(tokensPerWindow == null || tokensPerWindow > 0, where, "tokens-per-window must be above 0");
        check(positive(window), where, "window must be above 0");
        check(maxConcurrent > 0, where, "max-concurrent must be above 0");
        check(positive(timeout), where, "timeout must be above 0");
        check(maxAttempts > 0, where, "max-attempts must be at least 1");
        check(jitter >= 0 && jitter < 1, where, "jitter must be in [0, 1)");
        check(circuitBreaker.failureRateThreshold() > 0 && circuitBreaker.failureRateThreshold() <= 100, where,
                "circuit-breaker.failure-rate-threshold must be in (0, 100]");
        return this;
    }

    private static boolean positive(Duration d) {
        return d != null && d.isPositive();
    }

    private static void check(boolean ok, String where, String message) {
        if (!ok) {
            throw new IllegalArgumentException("dakora.llm.limits." + where + ": " + message);
        }
    }
}
