package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The tries of one model allowed in flight at once, adapted to the provider (AIMD): a 429 halves the limit
 * (once per round: 429s of tries that started before the last cut do not cut again), and every round of
 * successes as long as the limit adds one back, up to {@code max-concurrent}. A provider's
 * {@code Retry-After}, or its rate headers saying its window is (nearly) used up, hold every new try of the
 * model until the wait or the reset has passed.
 */
final class AdaptiveConcurrency {

    private static final long MAX_AWAIT_NANOS = 1_000_000_000;

    private final String name;
    private final int max;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int limit;
    private int inFlight;
    private int successes;
    private long round;
    private long pausedUntil;

    AdaptiveConcurrency(String name, int max, LongSupplier nanoTime) {
        this.name = name;
        this.max = max;
        this.limit = max;
        this.nanoTime = nanoTime;
        this.pausedUntil = nanoTime.getAsLong();
    }

    /** A try's place in flight, and the round of the limit it started in. */
    record Slot(long round) {
    }

    /**
     * Waits for a place under the current limit and past any pause, looking at {@code cancelled} at least
     * every second. A freed place wakes one waiter, not all (a waiter that gives up passes the wake-up on),
     * so hundreds of queued calls cost nothing while they wait.
     */
    Slot acquire(Duration maxWait, BooleanSupplier cancelled) throws InterruptedException {
        long deadline = nanoTime.getAsLong() + maxWait.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = nanoTime.getAsLong();
                if (inFlight < limit && now - pausedUntil >= 0) {
                    inFlight++;
                    return new Slot(round);
                }
                if (cancelled.getAsBoolean()) {
                    changed.signal();
                    throw new ModelCallException(FailureKind.CANCELLED, "cancelled");
                }
                boolean paused = now - pausedUntil < 0;
                if (now - deadline >= 0 || (paused && pausedUntil - deadline > 0)) {
                    changed.signal();
                    throw new ModelCallException(FailureKind.LIMIT_WAIT_EXCEEDED, paused
                            ? name + " is paused by the provider's rate limit beyond " + maxWait
                            : "no free slot for " + name + " within " + maxWait + " (max-concurrent " + max
                                    + ", now " + limit + " after rate limiting)");
                }
                long wait = paused ? Math.min(pausedUntil - now, deadline - now) : deadline - now;
                changed.awaitNanos(Math.clamp(wait, 1, MAX_AWAIT_NANOS));
            }
        } finally {
            lock.unlock();
        }
    }

    /** The try ended; its place is free. */
    void release() {
        lock.lock();
        try {
            inFlight--;
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** A success: a full round of them raises the limit by one; nearly used-up provider windows pause. */
    void succeeded(RateHeaders headers, long estimatedTokens) {
        lock.lock();
        try {
            if (++successes >= limit && limit < max) {
                limit++;
                successes = 0;
                changed.signal();
            }
            long others = Math.max(0, inFlight - 1);
            if (headers.remainingRequests() != null && headers.resetRequests() != null
                    && headers.remainingRequests() <= others) {
                pauseFor(headers.resetRequests());
            }
            if (headers.remainingTokens() != null && headers.resetTokens() != null
                    && headers.remainingTokens() < estimatedTokens * (others + 1)) {
                pauseFor(headers.resetTokens());
            }
        } finally {
            lock.unlock();
        }
    }

    /** A 429: halves the limit unless a try of a later round already did; pauses for {@code retryAfter}. */
    void rateLimited(Slot slot, Duration retryAfter) {
        lock.lock();
        try {
            if (slot.round() == round) {
                limit = Math.max(1, limit / 2);
                round++;
                successes = 0;
            }
            if (retryAfter != null) {
                pauseFor(retryAfter);
            }
        } finally {
            lock.unlock();
        }
    }

    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    private void pauseFor(Duration wait) {
        long until = nanoTime.getAsLong() + wait.toNanos();
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
    }
}
