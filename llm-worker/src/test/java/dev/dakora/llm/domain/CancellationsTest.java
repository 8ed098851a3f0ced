package dev.dakora.llm.domain;

import dev.dakora.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationsTest {

    private final ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");

    @Test
    void should_know_a_job_cancelled_within_the_retention() {
        Cancellations cancellations = new Cancellations(Duration.ofMinutes(10), clock);

        cancellations.cancel("job-1");
        clock.advance(Duration.ofMinutes(9));

        assertThat(cancellations.isCancelled("job-1")).isTrue();
        assertThat(cancellations.isCancelled("job-2")).isFalse();
    }

    @Test
    void should_forget_a_cancellation_once_the_retention_passed() {
        Cancellations cancellations = new Cancellations(Duration.ofMinutes(10), clock);

        cancellations.cancel("job-1");
        clock.advance(Duration.ofMinutes(10));

        assertThat(cancellations.isCancelled("job-1")).isFalse();
    }
}
