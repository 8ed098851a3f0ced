package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class LimitPermitTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ManualTicker ticker = new ManualTicker();
    private final LocalPermitStore store = new LocalPermitStore(ticker::nanoTime);

    private LimitPermit granted(long weight) {
        PermitStore.Grant grant = store.tryAcquire("tokens", 100, WINDOW, weight);
        assertThat(grant.granted()).isTrue();
        return new LimitPermit(store, "tokens", ticker, grant.permitId(), weight, ticker.nanoTime());
    }

    @Test
    void should_age_from_when_it_was_asked_for() {
        // given
        LimitPermit permit = granted(10);

        // when
        ticker.advance(Duration.ofMillis(750));

        // then
        assertThat(permit.age()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void should_free_its_room_at_once_when_given_back() {
        // given
        LimitPermit permit = granted(100);
        assertThat(store.tryAcquire("tokens", 100, WINDOW, 1).granted()).isFalse();

        // when
        permit.refund();

        // then
        assertThat(store.tryAcquire("tokens", 100, WINDOW, 100).granted()).isTrue();
    }

    @Test
    void should_leave_room_for_the_difference_when_settled_below_its_weight() {
        // given
        LimitPermit permit = granted(100);

        // when
        permit.settle(30);

        // then
        assertThat(store.tryAcquire("tokens", 100, WINDOW, 70).granted()).isTrue();
        assertThat(store.tryAcquire("tokens", 100, WINDOW, 1).granted()).isFalse();
    }

    @Test
    void should_keep_quiet_when_the_store_cannot_settle_or_take_it_back() {
        // given
        PermitStore down = new PermitStore() {
            @Override
            public Grant tryAcquire(String key, long limit, Duration window, long weight) {
                throw new Unavailable("database down", null);
            }

            @Override
            public void settle(String key, long permitId, long weight) {
                throw new Unavailable("database down", null);
            }

            @Override
            public boolean renew(String key, long permitId, Duration window) {
                throw new Unavailable("database down", null);
            }

            @Override
            public void refund(String key, long permitId) {
                throw new Unavailable("database down", null);
            }
        };
        LimitPermit permit = new LimitPermit(down, "tokens", ticker, 7, 10, ticker.nanoTime());

        // when / then
        assertThatCode(() -> permit.settle(5)).doesNotThrowAnyException();
        assertThatCode(permit::refund).doesNotThrowAnyException();
    }
}
