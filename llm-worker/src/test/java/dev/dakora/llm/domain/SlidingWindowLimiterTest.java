package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlidingWindowLimiterTest {

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void should_let_the_limit_through_at_once_without_waiting() throws Exception {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMillis(400), ticker);

        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);
        }

        assertThat(ticker.slept()).isZero();
    }

    @Test
    void should_make_the_next_caller_wait_exactly_until_the_oldest_permit_leaves_the_window() throws Exception {
        // given: 3 permits at t=0 and t=100 ms (limit 3 per 400 ms)
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMillis(400), ticker);
        long start = ticker.nanoTime();
        limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);
        ticker.advance(Duration.ofMillis(100));
        limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);
        limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);

        // when
        limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);

        // then: granted when the first permit left, 400 ms after it, not earlier
        assertThat(Duration.ofNanos(ticker.nanoTime() - start)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void should_fail_with_the_limit_when_no_room_comes_within_the_wait() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), ticker);
        limiter.acquire(80, Duration.ofSeconds(1), "token", () -> false);

        // then: room comes after a minute, the wait is 50 ms
        assertThatThrownBy(() -> limiter.acquire(30, Duration.ofMillis(50), "token", () -> false))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("token limit of 100 per PT1M");
        assertThat(ticker.slept()).isZero();
    }

    @Test
    void should_stop_waiting_when_the_call_is_cancelled() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(1), ticker);
        limiter.acquire(1, Duration.ofSeconds(1), "request", () -> false);

        // then
        assertThatThrownBy(() -> limiter.acquire(1, Duration.ofMinutes(5), "request", () -> true))
                .isInstanceOf(ModelCallException.class)
                .extracting(e -> ((ModelCallException) e).kind()).isEqualTo(FailureKind.CANCELLED);
    }

    @Test
    void should_free_room_when_a_permit_is_settled_below_its_estimate() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), ticker);
        LimitPermit estimated = limiter.acquire(90, Duration.ofSeconds(1), "token", () -> false);

        // when
        estimated.settle(20);

        // then: 20 + 70 fits at once
        limiter.acquire(70, Duration.ofMillis(50), "token", () -> false);
        assertThat(ticker.slept()).isZero();
    }

    @Test
    void should_let_one_oversized_request_through_when_the_window_is_empty() throws Exception {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), ticker);

        LimitPermit permit = limiter.acquire(500, Duration.ofMillis(10), "token", () -> false);

        assertThat(permit).isNotNull();
        assertThatThrownBy(() -> limiter.acquire(1, Duration.ofMillis(10), "token", () -> false)).isInstanceOf(ModelCallException.class);
    }

    @Test
    void should_count_a_renewed_permit_from_its_renewal_without_waiting() throws Exception {
        // given: the limit (1 per minute) used by one permit, 10 s old
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(1), ticker);
        LimitPermit old = limiter.acquire(1, Duration.ofSeconds(1), "request", () -> false);
        ticker.advance(Duration.ofSeconds(10));
        assertThat(old.age()).isEqualTo(Duration.ofSeconds(10));

        // when
        LimitPermit renewed = limiter.renew(old, Duration.ofSeconds(1), "request", () -> false);

        // then: no wait, and the next permit comes a minute after the renewal, not after the first grant
        assertThat(ticker.slept()).isZero();
        assertThat(renewed.age()).isZero();
        long renewedAt = ticker.nanoTime();
        limiter.acquire(1, Duration.ofMinutes(2), "request", () -> false);
        assertThat(Duration.ofNanos(ticker.nanoTime() - renewedAt)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void should_ask_anew_when_the_permit_to_renew_has_left_the_window() throws Exception {
        // given: a permit two minutes old, a one-minute window
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(1), ticker);
        LimitPermit old = limiter.acquire(1, Duration.ofSeconds(1), "request", () -> false);
        ticker.advance(Duration.ofMinutes(2));

        // when
        LimitPermit renewed = limiter.renew(old, Duration.ofSeconds(1), "request", () -> false);

        // then: a new permit, and it is the only one in the window
        assertThat(renewed.age()).isZero();
        assertThatThrownBy(() -> limiter.acquire(1, Duration.ofSeconds(1), "request", () -> false))
                .isInstanceOf(ModelCallException.class);
    }

    @Test
    void should_count_a_permit_from_when_it_was_asked_for_not_from_when_the_answer_came() throws Exception {
        // given: a store whose answer takes 2 s to come back
        LocalPermitStore local = new LocalPermitStore(ticker::nanoTime);
        PermitStore slow = new SlowStore(local, ticker, Duration.ofSeconds(2));
        SlidingWindowLimiter limiter = new SlidingWindowLimiter("slow#requests", 10, Duration.ofMinutes(1), slow, ticker);

        // when
        LimitPermit permit = limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);

        // then
        assertThat(permit.age()).isEqualTo(Duration.ofSeconds(2));
    }
}
