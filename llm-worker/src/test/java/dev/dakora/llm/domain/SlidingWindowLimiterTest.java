package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlidingWindowLimiterTest {

    @Test
    void should_make_the_next_caller_wait_for_the_window_when_the_limit_is_used_up() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMillis(400), System::nanoTime);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));

        // when
        limiter.acquire(1, Duration.ofSeconds(5), "request", () -> false);

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void should_fail_with_the_limit_when_no_room_comes_within_the_wait() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), System::nanoTime);
        limiter.acquire(80, Duration.ofSeconds(1), "token", () -> false);

        // then
        assertThatThrownBy(() -> limiter.acquire(30, Duration.ofMillis(50), "token", () -> false))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("token limit of 100 per PT1M");
    }

    @Test
    void should_free_room_when_a_permit_is_settled_below_its_estimate() throws Exception {
        // given
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), System::nanoTime);
        SlidingWindowLimiter.Permit estimated = limiter.acquire(90, Duration.ofSeconds(1), "token", () -> false);

        // when
        estimated.settle(20);

        // then: 20 + 70 fits at once
        limiter.acquire(70, Duration.ofMillis(50), "token", () -> false);
    }

    @Test
    void should_let_one_oversized_request_through_when_the_window_is_empty() throws Exception {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofMinutes(1), System::nanoTime);

        SlidingWindowLimiter.Permit permit = limiter.acquire(500, Duration.ofMillis(10), "token", () -> false);

        assertThat(permit).isNotNull();
        assertThatThrownBy(() -> limiter.acquire(1, Duration.ofMillis(10), "token", () -> false)).isInstanceOf(ModelCallException.class);
    }
}
