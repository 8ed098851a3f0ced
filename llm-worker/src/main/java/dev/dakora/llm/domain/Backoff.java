package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The wait before the next try: the provider's {@code Retry-After} when it gave one, else
 * {@code initial-backoff × 2^(tries-1)} capped at {@code max-backoff}, with ±{@code jitter} at random.
 */
final class Backoff {

    private final RandomGenerator random;

    Backoff(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param triesSoFar tries already made (1 after the first failure)
     * @return empty when the provider asks for a longer wait than {@code max-retry-after}
     */
    Optional<Duration> before(int triesSoFar, LimitSettings settings, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(settings.maxRetryAfter()) > 0 ? Optional.empty() : Optional.of(asked);
        }
        long initial = settings.initialBackoff().toNanos();
        long exponential = initial << Math.min(triesSoFar - 1, 20);
        long capped = exponential <= 0 ? settings.maxBackoff().toNanos()
                : Math.min(exponential, settings.maxBackoff().toNanos());
        double factor = 1 + settings.jitter() * (2 * random.nextDouble() - 1);
        return Optional.of(Duration.ofNanos((long) (capped * factor)));
    }
}
