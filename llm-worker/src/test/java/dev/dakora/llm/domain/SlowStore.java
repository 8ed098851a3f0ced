package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A permit store whose answers come back {@code delay} after it granted (a commit, the way back, a thread
 * waiting to run on a loaded machine), counting grants, renewals and refunds; {@code sendWithin} as the shared store's.
 */
final class SlowStore implements PermitStore {

    private final PermitStore store;
    private final ManualTicker ticker;
    private volatile Duration delay;
    private final Duration sendWithin;
    final AtomicInteger grants = new AtomicInteger();
    final AtomicInteger refunds = new AtomicInteger();
    final AtomicInteger renewals = new AtomicInteger();
    private volatile long lastGrantAt;
    private volatile Runnable afterNextAnswer = () -> { };

    SlowStore(PermitStore store, ManualTicker ticker, Duration delay) {
        this(store, ticker, delay, null);
    }

    SlowStore(PermitStore store, ManualTicker ticker, Duration delay, Duration sendWithin) {
        this.store = store;
        this.ticker = ticker;
        this.delay = delay;
        this.sendWithin = sendWithin;
    }

    /** Runs {@code action} once, right after the next answer. */
    void afterNextAnswer(Runnable action) {
        afterNextAnswer = action;
    }

    /** When the last permit was granted, on the ticker. */
    long lastGrantAt() {
        return lastGrantAt;
    }

    /** Later answers take {@code delay}. */
    void answerIn(Duration later) {
        delay = later;
    }

    @Override
    public Grant tryAcquire(String key, long limit, Duration window, long weight) {
        Grant grant = store.tryAcquire(key, limit, window, weight);
        if (grant.granted()) {
            grants.incrementAndGet();
            lastGrantAt = ticker.nanoTime();
        }
        ticker.advance(delay);
        Runnable after = afterNextAnswer;
        afterNextAnswer = () -> { };
        after.run();
        return grant;
    }

    @Override
    public void settle(String key, long permitId, long weight) {
        store.settle(key, permitId, weight);
    }

    @Override
    public boolean renew(String key, long permitId, Duration window) {
        boolean renewed = store.renew(key, permitId, window);
        if (renewed) {
            renewals.incrementAndGet();
            lastGrantAt = ticker.nanoTime();
        }
        ticker.advance(delay);
        return renewed;
    }

    @Override
    public void refund(String key, long permitId) {
        refunds.incrementAndGet();
        store.refund(key, permitId);
    }

    @Override
    public Optional<Duration> sendWithin() {
        return Optional.ofNullable(sendWithin);
    }
}
