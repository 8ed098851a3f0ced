package dev.dakora.gateway.domain;

import dev.dakora.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionLimiterTest {

    private final ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");
    private final SubmissionLimiter limiter = new SubmissionLimiter(100, 10, clock);

    @Test
    void should_admit_rows_up_to_the_burst_at_once() {
        // given / when / then
        assertThat(limiter.take("a", 60)).isZero();
        assertThat(limiter.take("a", 40)).isZero();
    }

    @Test
    void should_refuse_past_the_burst_and_say_how_long_until_the_rows_accrue() {
        // given
        limiter.take("a", 100);

        // when
        Duration wait = limiter.take("a", 25);

        // then
        assertThat(wait).isEqualTo(Duration.ofMillis(2500));
        assertThat(limiter.waitForOne("a")).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void should_take_nothing_when_it_refuses() {
        // given
        limiter.take("a", 90);
        assertThat(limiter.take("a", 20)).isPositive();

        // when / then: the 10 rows left are still there
        assertThat(limiter.take("a", 10)).isZero();
        assertThat(limiter.take("a", 1)).isPositive();
    }

    @Test
    void should_admit_again_once_the_clock_has_refilled_the_bucket() {
        // given
        limiter.take("a", 100);
        assertThat(limiter.take("a", 30)).isPositive();

        // when
        clock.advance(Duration.ofSeconds(3));

        // then
        assertThat(limiter.take("a", 30)).isZero();
        assertThat(limiter.take("a", 1)).isPositive();
    }

    @Test
    void should_never_refill_past_the_burst_however_long_a_client_was_quiet() {
        // given
        clock.advance(Duration.ofDays(1));

        // when / then
        assertThat(limiter.take("a", 100)).isZero();
        assertThat(limiter.take("a", 1)).isPositive();
    }

    @Test
    void should_keep_each_client_to_its_own_budget() {
        // given
        limiter.take("a", 100);

        // when / then
        assertThat(limiter.take("a", 1)).isPositive();
        assertThat(limiter.take("b", 100)).isZero();
        assertThat(limiter.waitForOne("c")).isZero();
    }

    @Test
    void should_refuse_more_rows_than_the_burst_even_from_a_fresh_client() {
        // given / when / then
        assertThat(limiter.take("a", 101)).isPositive();
        assertThat(limiter.take("a", 100)).isZero();
    }

    @Test
    void should_give_refunded_rows_back_to_the_client_up_to_its_burst() {
        // given
        limiter.take("a", 100);
        limiter.take("b", 10);

        // when
        limiter.refund("a", 30);
        limiter.refund("b", 50);

        // then
        assertThat(limiter.take("a", 30)).isZero();
        assertThat(limiter.take("a", 1)).isPositive();
        assertThat(limiter.take("b", 100)).as("b never holds more than its burst").isZero();
        assertThat(limiter.take("b", 1)).isPositive();
    }

    @Test
    void should_ignore_a_refund_for_a_client_it_does_not_know() {
        // when
        limiter.refund("nobody", 10);

        // then
        assertThat(limiter.take("nobody", 100)).isZero();
        assertThat(limiter.take("nobody", 1)).isPositive();
    }

    @Test
    void should_forget_a_client_once_its_bucket_would_have_refilled_and_answer_it_as_new() {
        // given: 100 rows at 10 a second refill in 10 s
        limiter.take("a", 100);
        limiter.take("b", 1);

        // when
        clock.advance(Duration.ofSeconds(9));
        long knownAfterNine = limiter.knownClients();
        limiter.take("b", 1);
        clock.advance(Duration.ofSeconds(1));

        // then: a, idle for 10 s, is forgotten and has its whole burst again; b, used a second ago, is kept
        assertThat(knownAfterNine).isEqualTo(2);
        assertThat(limiter.knownClients()).isEqualTo(1);
        assertThat(limiter.take("a", 100)).isZero();
    }
}
