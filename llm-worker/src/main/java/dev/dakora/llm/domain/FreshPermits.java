package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The request and token permits of one try, kept fresh until the try leaves: a permit asked for more than
 * the store's {@code send-within} ago is moved to now in the store (or, once out of its window, replaced by
 * a new one), so a try is never handed to the provider's client with an older permit. Without {@code send-within} (a store counting no
 * margin) the permits are used as granted. Looked at right before the try is started and again by the HTTP
 * client right before it sends ({@link SendCheck}).
 */
final class FreshPermits {

    private final SlidingWindowLimiter requests;
    private final SlidingWindowLimiter tokens;
    private final Duration sendWithin;
    private final Duration maxWait;
    private final BooleanSupplier cancelled;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private LimitPermit request;
    private LimitPermit token;

    private FreshPermits(SlidingWindowLimiter requests, SlidingWindowLimiter tokens, Duration sendWithin,
                         Duration maxWait, BooleanSupplier cancelled, Ticker ticker) {
        this.requests = requests;
        this.tokens = tokens;
        this.sendWithin = sendWithin;
        this.maxWait = maxWait;
        this.cancelled = cancelled;
        this.ticker = ticker;
    }

    /** Waits for a request permit, then for {@code estimatedTokens} of the token limit (either may be null). */
    static FreshPermits acquire(SlidingWindowLimiter requests, SlidingWindowLimiter tokens, long estimatedTokens,
                                Duration sendWithin, Duration maxWait, BooleanSupplier cancelled, Ticker ticker)
            throws InterruptedException {
        FreshPermits permits = new FreshPermits(requests, tokens, sendWithin, maxWait, cancelled, ticker);
        permits.request = requests == null ? null : requests.acquire(1, maxWait, "request", cancelled);
        permits.token = tokens == null ? null : tokens.acquire(estimatedTokens, maxWait, "token", cancelled);
        return permits;
    }

    /**
     * Renews every permit older than {@code send-within} until none is (a renewal's answer can itself arrive
     * late), giving up after {@code acquire-timeout} of trying; the try is then not sent and its permits are
     * given back.
     */
    void ensureFresh() throws InterruptedException {
        if (sendWithin == null) {
            return;
        }
        lock.lock();
        try {
            long deadline = ticker.nanoTime() + maxWait.toNanos();
            while (stale(request) || stale(token)) {
                long left = deadline - ticker.nanoTime();
                if (left <= 0) {
                    refundAll();
                    throw new ModelCallException(FailureKind.LIMIT_WAIT_EXCEEDED, "no rate permit could be used within "
                            + sendWithin + " of its grant for " + maxWait);
                }
                if (stale(request)) {
                    request = requests.renew(request, Duration.ofNanos(left), "request", cancelled);
                }
                if (stale(token)) {
                    token = tokens.renew(token, Duration.ofNanos(Math.max(1, deadline - ticker.nanoTime())), "token",
                            cancelled);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void refundAll() {
        if (request != null) {
            request.refund();
        }
        if (token != null) {
            token.refund();
        }
    }

    private boolean stale(LimitPermit permit) {
        return permit != null && permit.age().compareTo(sendWithin) > 0;
    }

    /** Settles the token permit (the one in use now) to the provider's reported usage. */
    void settleTokens(long used) {
        lock.lock();
        try {
            if (token != null) {
                token.settle(used);
            }
        } finally {
            lock.unlock();
        }
    }
}
