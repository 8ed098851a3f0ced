package dev.dakora.llm.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jobs cancelled recently. Calls of these jobs that have not been sent to a provider yet are dropped.
 * Entries older than the retention are forgotten, so memory stays bounded.
 */
public final class Cancellations {

    private final Map<String, Instant> cancelled = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;

    public Cancellations(Duration retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    public void cancel(String jobId) {
        Instant now = clock.instant();
        cancelled.put(jobId, now);
        cancelled.values().removeIf(at -> at.isBefore(now.minus(retention)));
    }

    public boolean isCancelled(String jobId) {
        return cancelled.containsKey(jobId);
    }
}
