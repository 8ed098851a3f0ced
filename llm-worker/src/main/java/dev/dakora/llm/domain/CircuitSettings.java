package dev.dakora.llm.domain;

import java.time.Duration;

/**
 * When a model's circuit breaker opens. Every field may be left {@code null} to inherit.
 *
 * @param failureRateThreshold percent of failed attempts in the window that opens the circuit
 * @param slidingWindowSize    how many recent attempts the rate is computed over
 * @param minimumCalls         attempts needed before the rate counts
 * @param openFor              how long an open circuit fails calls fast before it lets a few through
 */
public record CircuitSettings(Integer failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls,
                              Duration openFor) {

    public static final CircuitSettings BUILT_IN = new CircuitSettings(50, 20, 10, Duration.ofSeconds(30));

    CircuitSettings overriddenBy(CircuitSettings o) {
        if (o == null) {
            return this;
        }
        return new CircuitSettings(
                o.failureRateThreshold != null ? o.failureRateThreshold : failureRateThreshold,
                o.slidingWindowSize != null ? o.slidingWindowSize : slidingWindowSize,
                o.minimumCalls != null ? o.minimumCalls : minimumCalls,
                o.openFor != null ? o.openFor : openFor);
    }
}
