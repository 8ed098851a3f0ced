package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Time as the rate limits see it: a monotonic nanosecond reading and a way to wait. The worker uses the
 * system's ({@link #SYSTEM}); tests use one whose waits move its own reading on, so limits are tested
 * without sleeping.
 */
public interface Ticker {

    Ticker SYSTEM = of(System::nanoTime);

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long nanoTime();

    /** Waits about {@code duration} (an interrupt ends the wait). */
    void sleep(Duration duration) throws InterruptedException;

    /** A ticker reading {@code nanoTime} and waiting with {@link Thread#sleep}. */
    static Ticker of(LongSupplier nanoTime) {
        return new Ticker() {
            @Override
            public long nanoTime() {
                return nanoTime.getAsLong();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration);
            }
        };
    }
}
