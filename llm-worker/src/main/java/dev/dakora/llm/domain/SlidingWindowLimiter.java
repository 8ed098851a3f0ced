package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Admits at most {@code limit} units (requests, or tokens) in any sliding window of the given length,
 * counted from the moment each permit was granted. A caller that does not fit waits until enough of the
 * oldest permits leave the window. A single request heavier than the whole limit is let through alone
 * once the window is empty, so it cannot wait forever. Callers of one process queue here in order and
 * only the first four ask the store (at most every 100 ms while it waits; the others look at cancellation every
 * second), so a crowd of waiting calls does not
 * become a crowd of queries. The permits live in a {@link PermitStore}: this
 * process's, or one every worker shares; a store that does not answer grants nothing, so the caller
 * keeps waiting (never sends without a permit) until its wait runs out. Each permit ({@link LimitPermit})
 * remembers when it was asked for (on the {@link Ticker}; the store grants it between that moment and its
 * answer), so the sender can tell how old it is at the send; a permit not used yet can be moved to the send
 * ({@link #renew}) or given back.
 */
public final class SlidingWindowLimiter {

    private static final System.Logger LOG = System.getLogger(SlidingWindowLimiter.class.getName());
    private static final long MIN_SLEEP_NANOS = 1_000_000;
    private static final long MAX_SLEEP_NANOS = 100_000_000;
    private static final long UNAVAILABLE_SLEEP_NANOS = 500_000_000;
    private static final long QUEUED_CHECK_NANOS = 1_000_000_000;
    private static final int ASKERS = 4;

    private final String key;
    private final long limit;
    private final Duration window;
    private final PermitStore store;
    private final Ticker ticker;
    private final Semaphore asking = new Semaphore(ASKERS, true);

    /** A limit whose permits this process keeps, timed (and waiting) by {@code ticker}. */
    public SlidingWindowLimiter(long limit, Duration window, Ticker ticker) {
        this("local", limit, window, new LocalPermitStore(ticker::nanoTime), ticker);
    }

    public SlidingWindowLimiter(String key, long limit, Duration window, PermitStore store, Ticker ticker) {
        this.key = key;
        this.limit = limit;
        this.window = window;
        this.store = store;
        this.ticker = ticker;
    }

    /**
     * Waits for room for {@code weight} units, looking at {@code abandoned} at least every 100 ms while asking
     * the store, every second while queued behind earlier callers.
     *
     * @return the permit, whose weight may be settled once the real usage is known
     * @throws ModelCallException {@link FailureKind#LIMIT_WAIT_EXCEEDED} when no room came within {@code maxWait},
     *                            {@link FailureKind#CANCELLED} when {@code abandoned} turned true while waiting
     */
    public LimitPermit acquire(long weight, Duration maxWait, String what, BooleanSupplier abandoned) throws InterruptedException {
        long deadline = ticker.nanoTime() + maxWait.toNanos();
        while (!asking.tryAcquire(QUEUED_CHECK_NANOS, TimeUnit.NANOSECONDS)) {
            if (ticker.nanoTime() - deadline >= 0) {
                throw new ModelCallException(FailureKind.LIMIT_WAIT_EXCEEDED, noRoom(what, maxWait));
            }
            if (abandoned.getAsBoolean()) {
                throw new ModelCallException(FailureKind.CANCELLED, "cancelled");
            }
        }
        try {
            return ask(weight, deadline, maxWait, what, abandoned);
        } finally {
            asking.release();
        }
    }

    private LimitPermit ask(long weight, long deadline, Duration maxWait, String what, BooleanSupplier abandoned)
            throws InterruptedException {
        while (true) {
            long waitNanos;
            String unavailable = null;
            try {
                long asked = ticker.nanoTime();
                PermitStore.Grant grant = store.tryAcquire(key, limit, window, weight);
                if (grant.granted()) {
                    return new LimitPermit(store, key, ticker, grant.permitId(), weight, asked);
                }
                waitNanos = grant.retryIn().toNanos();
            } catch (PermitStore.Unavailable e) {
                LOG.log(System.Logger.Level.WARNING, "no " + what + " permit for " + key + ": " + e.getMessage());
                unavailable = e.getMessage();
                waitNanos = UNAVAILABLE_SLEEP_NANOS;
            }
            long now = ticker.nanoTime();
            if (now + waitNanos > deadline) {
                throw new ModelCallException(FailureKind.LIMIT_WAIT_EXCEEDED, unavailable != null
                        ? what + " limit store unavailable for " + maxWait + ": " + unavailable
                        : noRoom(what, maxWait));
            }
            if (abandoned.getAsBoolean()) {
                throw new ModelCallException(FailureKind.CANCELLED, "cancelled");
            }
            ticker.sleep(Duration.ofNanos(Math.clamp(waitNanos, MIN_SLEEP_NANOS, MAX_SLEEP_NANOS)));
        }
    }

    private String noRoom(String what, Duration maxWait) {
        return what + " limit of " + limit + " per " + window + " left no room within " + maxWait;
    }

    /**
     * Moves {@code stale} (not sent yet) to now in the store, or, when it has left the window or the store
     * does not answer, gives it back and waits for a new permit as {@link #acquire} does.
     *
     * @return the permit, counted from no earlier than this call
     */
    public LimitPermit renew(LimitPermit stale, Duration maxWait, String what, BooleanSupplier abandoned) throws InterruptedException {
        long asked = ticker.nanoTime();
        try {
            if (store.renew(key, stale.id(), window)) {
                return new LimitPermit(store, key, ticker, stale.id(), stale.weight(), asked);
            }
        } catch (PermitStore.Unavailable e) {
            LOG.log(System.Logger.Level.WARNING, "could not renew a permit of " + key + ": " + e.getMessage());
        }
        stale.refund();
        return acquire(stale.weight(), maxWait, what, abandoned);
    }
}
