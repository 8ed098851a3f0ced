package dev.dakora.llm.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Jobs cancelled recently. Calls of these jobs that have not been sent to a provider yet are dropped.
 * Entries are forgotten {@code retention} after the cancellation (Caffeine, timed by {@code clock}), so
 * memory stays bounded.
 */
public final class Cancellations {

    private final Cache<String, Instant> cancelled;
    private final Clock clock;

    public Cancellations(Duration retention, Clock clock) {
        this.clock = clock;
        this.cancelled = Caffeine.newBuilder().expireAfterWrite(retention).executor(Runnable::run)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    public void cancel(String jobId) {
        cancelled.put(jobId, clock.instant());
    }

    public boolean isCancelled(String jobId) {
        return cancelled.getIfPresent(jobId) != null;
    }
}
