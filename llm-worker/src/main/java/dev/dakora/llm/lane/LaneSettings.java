package dev.dakora.llm.lane;

import java.time.Duration;

/**
 * How the batch lane collects and follows provider batches.
 *
 * @param pollInterval how often collections are checked and submitted batches polled
 * @param maxCalls     a collection of one partition and model is submitted once it holds this many calls
 * @param maxWait      ... or once its oldest call waited this long
 */
public record LaneSettings(Duration pollInterval, int maxCalls, Duration maxWait) {

    public LaneSettings {
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("dakora.llm.lane: poll-interval must be positive");
        }
        if (maxCalls < 1 || maxCalls > 50_000) {
            throw new IllegalArgumentException("dakora.llm.lane: max-calls must be between 1 and 50000");
        }
        if (maxWait == null || maxWait.isNegative()) {
            throw new IllegalArgumentException("dakora.llm.lane: max-wait must not be negative");
        }
    }
}
