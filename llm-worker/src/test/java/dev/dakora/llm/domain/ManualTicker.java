package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when told to or when someone waits on it: limits tested without sleeping. */
final class ManualTicker implements Ticker {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicLong slept = new AtomicLong();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) {
        slept.addAndGet(duration.toNanos());
        now.addAndGet(duration.toNanos());
    }

    void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    /** How long callers have waited on this ticker in all. */
    Duration slept() {
        return Duration.ofNanos(slept.get());
    }
}
