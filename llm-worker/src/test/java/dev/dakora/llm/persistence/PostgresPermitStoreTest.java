package dev.dakora.llm.persistence;

import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.llm.domain.PermitStore;
import dev.dakora.llm.domain.SlidingWindowLimiter;
import dev.dakora.llm.domain.Ticker;
import dev.dakora.llm.support.LimitsDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresPermitStoreTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static String url;

    private final AtomicLong micros = new AtomicLong(1_000_000_000_000L);

    @BeforeAll
    static void database() {
        url = LimitsDatabase.create();
    }

    private PostgresPermitStore store(Duration margin) {
        return new PostgresPermitStore(url, "postgres", "postgres", 4, margin, micros::get);
    }

    @Test
    void should_grant_exactly_the_limit_to_workers_asking_at_once_and_no_more() throws Exception {
        // given: three workers, each with its own connections, 40 threads each, one limit of 50
        String key = "fake/at-once#requests";
        List<PostgresPermitStore> workers = List.of(store(Duration.ZERO), store(Duration.ZERO), store(Duration.ZERO));
        List<Future<Boolean>> asks = new ArrayList<>();

        // when
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 120; i++) {
                PermitStore worker = workers.get(i % 3);
                asks.add(threads.submit(() -> worker.tryAcquire(key, 50, WINDOW, 1).granted()));
            }
        }

        // then
        long granted = 0;
        for (Future<Boolean> ask : asks) {
            granted += ask.get() ? 1 : 0;
        }
        assertThat(granted).isEqualTo(50);
        workers.forEach(PostgresPermitStore::close);
    }

    @Test
    void should_free_only_what_left_the_sliding_window_so_no_double_burst_at_its_edge() {
        // given: 30 permits at t=0 and 20 at t=5 s, limit 50 per 10 s
        PostgresPermitStore store = store(Duration.ZERO);
        String key = "fake/sliding#requests";
        assertThat(grants(store, key, 30)).isEqualTo(30);
        advance(Duration.ofSeconds(5));
        assertThat(grants(store, key, 20)).isEqualTo(20);

        // when: at t=10 s the first 30 have left the window
        advance(Duration.ofSeconds(5));

        // then: 30 fit, not 50
        assertThat(grants(store, key, 50)).isEqualTo(30);
        PermitStore.Grant refused = store.tryAcquire(key, 50, WINDOW, 1);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryIn()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void should_count_each_permit_for_the_window_plus_the_margin() {
        PostgresPermitStore store = store(Duration.ofSeconds(1));
        String key = "fake/margin#requests";
        assertThat(grants(store, key, 10)).isEqualTo(10);

        advance(WINDOW);
        assertThat(store.tryAcquire(key, 10, WINDOW, 1).granted()).isFalse();

        advance(Duration.ofSeconds(1));
        assertThat(store.tryAcquire(key, 10, WINDOW, 1).granted()).isTrue();
    }

    @Test
    void should_free_room_when_a_token_permit_is_settled_below_its_estimate() {
        PostgresPermitStore store = store(Duration.ZERO);
        String key = "fake/tokens#tokens";
        PermitStore.Grant estimated = store.tryAcquire(key, 1000, WINDOW, 900);
        assertThat(store.tryAcquire(key, 1000, WINDOW, 300).granted()).isFalse();

        store.settle(key, estimated.permitId(), 200);

        assertThat(store.tryAcquire(key, 1000, WINDOW, 300).granted()).isTrue();
    }

    @Test
    void should_free_the_room_of_a_refunded_permit_at_once() {
        // given: the limit of 5 used up
        PostgresPermitStore store = store(Duration.ZERO);
        String key = "fake/refund#requests";
        PermitStore.Grant unused = store.tryAcquire(key, 5, WINDOW, 1);
        assertThat(grants(store, key, 4, 5)).isEqualTo(4);
        assertThat(store.tryAcquire(key, 5, WINDOW, 1).granted()).isFalse();

        // when
        store.refund(key, unused.permitId());

        // then: one more fits, and only one
        assertThat(grants(store, key, 2, 5)).isEqualTo(1);
    }

    @Test
    void should_count_a_renewed_permit_from_its_renewal() {
        // given: limit 2 per 10 s, permits at t=0 (a) and t=5 s (b); a renewed at t=6 s
        PostgresPermitStore store = store(Duration.ZERO);
        String key = "fake/renew#requests";
        PermitStore.Grant a = store.tryAcquire(key, 2, WINDOW, 1);
        advance(Duration.ofSeconds(5));
        assertThat(store.tryAcquire(key, 2, WINDOW, 1).granted()).isTrue();
        advance(Duration.ofSeconds(1));

        // when
        assertThat(store.renew(key, a.permitId(), WINDOW)).isTrue();

        // then: at t=10.5 s a still counts (it would have left at 10 s); at 15.5 s b has left, a has not
        advance(Duration.ofMillis(4500));
        assertThat(store.tryAcquire(key, 2, WINDOW, 1).granted()).isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(grants(store, key, 2, 2)).isEqualTo(1);
    }

    @Test
    void should_not_renew_a_permit_that_left_its_window() {
        PostgresPermitStore store = store(Duration.ZERO);
        String key = "fake/renew-late#requests";
        PermitStore.Grant a = store.tryAcquire(key, 1, WINDOW, 1);
        advance(WINDOW);

        assertThat(store.renew(key, a.permitId(), WINDOW)).isFalse();
        assertThat(store.tryAcquire(key, 1, WINDOW, 1).granted()).isTrue();
    }

    @Test
    void should_ignore_a_refund_of_a_permit_of_another_limit() {
        PostgresPermitStore store = store(Duration.ZERO);
        PermitStore.Grant other = store.tryAcquire("fake/other#requests", 1, WINDOW, 1);
        assertThat(store.tryAcquire("fake/mine#requests", 1, WINDOW, 1).granted()).isTrue();

        store.refund("fake/mine#requests", other.permitId());

        assertThat(store.tryAcquire("fake/mine#requests", 1, WINDOW, 1).granted()).isFalse();
        assertThat(store.tryAcquire("fake/other#requests", 1, WINDOW, 1).granted()).isFalse();
    }

    @Test
    void should_ask_for_sends_within_half_the_margin_unless_told_and_refuse_more_than_the_margin() {
        assertThat(store(Duration.ofSeconds(1)).sendWithin()).contains(Duration.ofMillis(500));
        assertThat(store(Duration.ZERO).sendWithin()).isEmpty();
        assertThatThrownBy(() -> new PostgresPermitStore(url, "postgres", "postgres", 1, Duration.ofSeconds(1),
                Duration.ofSeconds(2), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_let_one_oversized_request_through_alone_once_the_window_is_empty() {
        PostgresPermitStore store = store(Duration.ZERO);

        assertThat(store.tryAcquire("fake/big#tokens", 100, WINDOW, 500).granted()).isTrue();
        assertThat(store.tryAcquire("fake/big#tokens", 100, WINDOW, 1).granted()).isFalse();
    }

    @Test
    void should_keep_limits_of_different_models_apart() {
        PostgresPermitStore store = store(Duration.ZERO);
        assertThat(grants(store, "fake/a#requests", 5)).isEqualTo(5);

        assertThat(store.tryAcquire("fake/b#requests", 5, WINDOW, 1).granted()).isTrue();
        assertThat(store.tryAcquire("fake/a#requests", 5, WINDOW, 1).granted()).isFalse();
    }

    @Test
    void should_grant_nothing_and_fail_the_wait_when_the_database_does_not_answer() {
        // given: nothing listens on port 1
        PostgresPermitStore down = new PostgresPermitStore("jdbc:postgresql://127.0.0.1:1/none", "postgres",
                "secret-password", 1, Duration.ZERO, null);
        SlidingWindowLimiter limiter = new SlidingWindowLimiter("fake/down#requests", 10, WINDOW, down, Ticker.SYSTEM);

        // then
        assertThatThrownBy(() -> down.tryAcquire("fake/down#requests", 10, WINDOW, 1))
                .isInstanceOf(PermitStore.Unavailable.class)
                .hasMessageNotContaining("secret-password");
        assertThatThrownBy(() -> limiter.acquire(1, Duration.ofSeconds(1), "request", () -> false))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("request limit store unavailable");
    }

    @Test
    void should_migrate_an_already_migrated_database_without_change() {
        LimitsFlyway.migrate(url, "postgres", "postgres");

        assertThat(store(Duration.ZERO).tryAcquire("fake/again#requests", 1, WINDOW, 1).granted()).isTrue();
    }

    private int grants(PermitStore store, String key, int asks) {
        return grants(store, key, asks, 50);
    }

    private int grants(PermitStore store, String key, int asks, long limit) {
        int granted = 0;
        for (int i = 0; i < asks; i++) {
            granted += store.tryAcquire(key, limit, WINDOW, 1).granted() ? 1 : 0;
        }
        return granted;
    }

    private void advance(Duration by) {
        micros.addAndGet(by.toNanos() / 1_000);
    }
}
