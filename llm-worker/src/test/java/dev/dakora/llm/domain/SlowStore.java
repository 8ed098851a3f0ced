package dev.dakora.llm.domain;

import dev.dakora.llm.support.CountingPermitStore;

import java.time.Duration;
import java.util.Optional;

/**
 * A permit store whose answers come back {@code delay} after it granted (a commit, the way back, a thread
 * waiting to run on a loaded machine), counting grants, renewals and refunds; {@code sendWithin} as the shared store's.
 */
final class SlowStore extends CountingPermitStore {

    private final ManualTicker ticker;
    private volatile Duration delay;
    private final Duration sendWithin;
    private volatile Runnable afterNextAnswer = () -> { };

    SlowStore(PermitStore store, ManualTicker ticker, Duration delay) {
        this(store, ticker, delay, null);
    }

    SlowStore(PermitStore store, ManualTicker ticker, Duration delay, Duration sendWithin) {
        super(store, ticker::nanoTime);
        this.ticker = ticker;
        this.delay = delay;
        this.sendWithin = sendWithin;
    }

    /** Runs {@code action} once, right after the next answer to a grant request. */
    void afterNextAnswer(Runnable action) {
        afterNextAnswer = action;
    }

    /** Later answers take {@code delay}. */
    void answerIn(Duration later) {
        delay = later;
    }

    @Override
    protected void answered() {
        ticker.advance(delay);
    }

    @Override
    public Grant tryAcquire(String key, long limit, Duration window, long weight) {
        Grant grant = super.tryAcquire(key, limit, window, weight);
        Runnable after = afterNextAnswer;
        afterNextAnswer = () -> { };
        after.run();
        return grant;
    }

    @Override
    public Optional<Duration> sendWithin() {
        return Optional.ofNullable(sendWithin);
    }
}
