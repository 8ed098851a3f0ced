package dev.dakora.gateway.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One client's budget of rows: holds at most {@code capacity} tokens and gains {@code perSecond} a
 * second. Taking more than it holds takes nothing and tells how long until enough have accrued.
 * Not thread-safe on its own: {@link SubmissionLimiter} synchronizes on it.
 */
final class TokenBucket {

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private Instant updated;

    TokenBucket(long capacity, double perSecond, Instant now) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updated = now;
    }

    /** @return zero when taken, else how long until {@code count} tokens will be there */
    Duration take(long count, Instant now) {
        refill(now);
        if (tokens >= count) {
            tokens -= count;
            return Duration.ZERO;
        }
        return waitFor(count);
    }

    /** How long until {@code count} tokens will be there, taking none. */
    Duration waitFor(long count, Instant now) {
        refill(now);
        return tokens >= count ? Duration.ZERO : waitFor(count);
    }

    /** Puts {@code count} tokens back (a submission refused after they were taken), never above the capacity. */
    void give(long count, Instant now) {
        refill(now);
        tokens = Math.min(capacity, tokens + count);
    }

    private Duration waitFor(long count) {
        double seconds = (Math.min(count, capacity) - tokens) / perSecond;
        return Duration.ofNanos((long) Math.ceil(seconds * 1_000_000_000d));
    }

    private void refill(Instant now) {
        if (now.isAfter(updated)) {
            double elapsed = Duration.between(updated, now).toNanos() / 1_000_000_000d;
            tokens = Math.min(capacity, tokens + elapsed * perSecond);
            updated = now;
        }
    }
}
