package dev.dakora.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until a test moves it: time-based rules tested without waiting. */
public final class ManualClock extends Clock {

    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    /** A clock at {@code start}, an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}. */
    public static ManualClock at(String start) {
        return new ManualClock(Instant.parse(start));
    }

    /** Moves the clock on by {@code by}. */
    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: a test reads one time, whatever zone a caller asks for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
