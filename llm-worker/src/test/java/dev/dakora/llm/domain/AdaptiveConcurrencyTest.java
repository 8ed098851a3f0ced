package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdaptiveConcurrencyTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AdaptiveConcurrency concurrency = new AdaptiveConcurrency("fake/model", 8, clock::get);

    @Test
    void should_halve_the_limit_on_a_429_and_not_again_for_tries_of_the_same_round() throws Exception {
        // given: three tries in flight of the first round
        AdaptiveConcurrency.Slot a = concurrency.acquire(Duration.ofSeconds(1), () -> false);
        AdaptiveConcurrency.Slot b = concurrency.acquire(Duration.ofSeconds(1), () -> false);
        AdaptiveConcurrency.Slot c = concurrency.acquire(Duration.ofSeconds(1), () -> false);

        // when: all three are refused
        concurrency.rateLimited(a, null);
        concurrency.rateLimited(b, null);
        concurrency.rateLimited(c, null);

        // then: one cut, 8 -> 4
        assertThat(concurrency.limit()).isEqualTo(4);
    }

    @Test
    void should_halve_again_when_a_try_of_the_new_round_is_refused() throws Exception {
        AdaptiveConcurrency.Slot first = concurrency.acquire(Duration.ofSeconds(1), () -> false);
        concurrency.rateLimited(first, null);
        concurrency.release();
        AdaptiveConcurrency.Slot second = concurrency.acquire(Duration.ofSeconds(1), () -> false);

        concurrency.rateLimited(second, null);

        assertThat(concurrency.limit()).isEqualTo(2);
    }

    @Test
    void should_add_one_back_per_round_of_successes_up_to_the_maximum() throws Exception {
        // given: 8 -> 4 -> 2 -> 1
        for (int i = 0; i < 3; i++) {
            concurrency.rateLimited(concurrency.acquire(Duration.ofSeconds(1), () -> false), null);
            concurrency.release();
        }
        assertThat(concurrency.limit()).isEqualTo(1);

        // when: 1 success at limit 1, then 2 at limit 2
        succeed(1);
        assertThat(concurrency.limit()).isEqualTo(2);
        succeed(1);
        assertThat(concurrency.limit()).isEqualTo(2);
        succeed(1);
        assertThat(concurrency.limit()).isEqualTo(3);

        // then: never above max-concurrent
        succeed(100);
        assertThat(concurrency.limit()).isEqualTo(8);
    }

    @Test
    void should_make_a_try_wait_for_a_place_when_the_limit_is_reached_and_fail_past_the_wait() throws Exception {
        concurrency.rateLimited(concurrency.acquire(Duration.ofSeconds(1), () -> false), null);
        concurrency.release();
        for (int i = 0; i < 4; i++) {
            concurrency.acquire(Duration.ofSeconds(1), () -> false);
        }

        Thread advance = Thread.ofVirtual().start(() -> {
            sleep(150);
            clock.addAndGet(Duration.ofSeconds(2).toNanos());
        });
        assertThatThrownBy(() -> concurrency.acquire(Duration.ofSeconds(1), () -> false))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("no free slot for fake/model")
                .hasMessageContaining("now 4");
        advance.join();
    }

    @Test
    void should_give_a_place_as_soon_as_one_is_released() throws Exception {
        for (int i = 0; i < 8; i++) {
            concurrency.acquire(Duration.ofSeconds(1), () -> false);
        }
        Thread.ofVirtual().start(() -> {
            sleep(100);
            concurrency.release();
        });

        assertThat(concurrency.acquire(Duration.ofSeconds(30), () -> false)).isNotNull();
    }

    @Test
    void should_hold_new_tries_for_the_retry_after_of_a_429() throws Exception {
        concurrency.rateLimited(concurrency.acquire(Duration.ofSeconds(1), () -> false), Duration.ofSeconds(5));
        concurrency.release();

        // a try that may wait 1 s cannot start before the 5 s pause ends
        assertThatThrownBy(() -> concurrency.acquire(Duration.ofSeconds(1), () -> false))
                .hasMessageContaining("paused by the provider's rate limit");

        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(concurrency.acquire(Duration.ofSeconds(1), () -> false)).isNotNull();
    }

    @Test
    void should_pause_until_the_reset_when_the_provider_has_no_requests_left_for_the_tries_in_flight() throws Exception {
        // given: two tries in flight, the answer of one says 1 request left for 20 s
        concurrency.acquire(Duration.ofSeconds(1), () -> false);
        concurrency.acquire(Duration.ofSeconds(1), () -> false);
        concurrency.succeeded(new RateHeaders(1L, Duration.ofSeconds(20), null, null), 10);
        concurrency.release();

        // then
        assertThatThrownBy(() -> concurrency.acquire(Duration.ofSeconds(10), () -> false))
                .hasMessageContaining("paused");
        clock.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(concurrency.acquire(Duration.ofSeconds(1), () -> false)).isNotNull();
    }

    @Test
    void should_not_pause_while_the_provider_has_requests_and_tokens_to_spare() throws Exception {
        concurrency.acquire(Duration.ofSeconds(1), () -> false);
        concurrency.succeeded(new RateHeaders(50L, Duration.ofSeconds(20), 10_000L, Duration.ofSeconds(20)), 100);
        concurrency.release();

        assertThat(concurrency.acquire(Duration.ofMillis(1), () -> false)).isNotNull();
    }

    @Test
    void should_pause_until_the_token_reset_when_too_few_tokens_are_left_for_the_next_try() throws Exception {
        concurrency.acquire(Duration.ofSeconds(1), () -> false);
        concurrency.succeeded(new RateHeaders(50L, Duration.ofSeconds(1), 99L, Duration.ofSeconds(3)), 100);
        concurrency.release();

        assertThatThrownBy(() -> concurrency.acquire(Duration.ofSeconds(2), () -> false)).hasMessageContaining("paused");
        clock.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(concurrency.acquire(Duration.ofMillis(1), () -> false)).isNotNull();
    }

    @Test
    void should_stop_waiting_when_the_call_is_cancelled() throws Exception {
        for (int i = 0; i < 8; i++) {
            concurrency.acquire(Duration.ofSeconds(1), () -> false);
        }

        assertThatThrownBy(() -> concurrency.acquire(Duration.ofMinutes(1), () -> true))
                .isInstanceOf(ModelCallException.class)
                .hasMessage("cancelled");
    }

    private void succeed(int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            concurrency.acquire(Duration.ofSeconds(1), () -> false);
            concurrency.succeeded(RateHeaders.NONE, 1);
            concurrency.release();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
