package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void should_know_a_job_cancelled_within_the_retention() {
        Cancellations cancellations = new Cancellations(Duration.ofMinutes(10), clock);

        cancellations.cancel("job-1");
        now.set(now.get().plus(Duration.ofMinutes(9)));

        assertThat(cancellations.isCancelled("job-1")).isTrue();
        assertThat(cancellations.isCancelled("job-2")).isFalse();
    }

    @Test
    void should_forget_a_cancellation_once_the_retention_passed() {
        Cancellations cancellations = new Cancellations(Duration.ofMinutes(10), clock);

        cancellations.cancel("job-1");
        now.set(now.get().plus(Duration.ofMinutes(10)));

        assertThat(cancellations.isCancelled("job-1")).isFalse();
    }
}
