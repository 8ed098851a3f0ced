package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Admits at most {@code limit} units (requests, or tokens) in any sliding window of the given length,
 * counted from the moment each permit was granted. A caller that does not fit waits until enough of the
 * oldest permits leave the window. A single request heavier than the whole limit is let through alone
 * once the window is empty, so it cannot wait forever.
 */
public final class SlidingWindowLimiter {

    private static final long MIN_SLEEP_NANOS = 1_000_000;
    private static final long MAX_SLEEP_NANOS = 100_000_000;

    private final long limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Deque<Permit> granted = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long inWindow;

    public SlidingWindowLimiter(long limit, Duration window, LongSupplier nanoTime) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Waits for room for {@code weight} units, looking at {@code abandoned} at least every 100 ms.
     *
     * @return the permit, whose weight may be settled once the real usage is known
     * @throws ModelCallException {@link FailureKind#LIMIT_WAIT_EXCEEDED} when no room came within {@code maxWait},
     *                            {@link FailureKind#CANCELLED} when {@code abandoned} turned true while waiting
     */
    public Permit acquire(long weight, Duration maxWait, String what, BooleanSupplier abandoned) throws InterruptedException {
        long deadline = nanoTime.getAsLong() + maxWait.toNanos();
        while (true) {
            long now = nanoTime.getAsLong();
            long waitNanos;
            lock.lock();
            try {
                evict(now);
                if (inWindow + weight <= limit || granted.isEmpty()) {
                    Permit permit = new Permit(now, weight);
                    granted.addLast(permit);
                    inWindow += weight;
                    return permit;
                }
                waitNanos = granted.peekFirst().grantedAt + windowNanos - now;
            } finally {
                lock.unlock();
            }
            if (now + waitNanos > deadline) {
                throw new ModelCallException(FailureKind.LIMIT_WAIT_EXCEEDED,
                        what + " limit of " + limit + " per " + Duration.ofNanos(windowNanos)
                                + " left no room within " + maxWait);
            }
            if (abandoned.getAsBoolean()) {
                throw new ModelCallException(FailureKind.CANCELLED, "cancelled");
            }
            Thread.sleep(Duration.ofNanos(Math.clamp(waitNanos, MIN_SLEEP_NANOS, MAX_SLEEP_NANOS)));
        }
    }

    private void evict(long now) {
        while (!granted.isEmpty() && granted.peekFirst().grantedAt + windowNanos <= now) {
            inWindow -= granted.removeFirst().weight;
        }
    }

    /** A granted share of the window. */
    public final class Permit {
        private final long grantedAt;
        private long weight;

        private Permit(long grantedAt, long weight) {
            this.grantedAt = grantedAt;
            this.weight = weight;
        }

        /** Replaces the estimated weight with the real one while the permit is still in the window. */
        public void settle(long actualWeight) {
            lock.lock();
            try {
                if (granted.contains(this)) {
                    inWindow += actualWeight - weight;
                }
                weight = actualWeight;
            } finally {
                lock.unlock();
            }
        }
    }
}
