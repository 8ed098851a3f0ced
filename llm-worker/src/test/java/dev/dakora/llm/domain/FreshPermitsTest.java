package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A try never leaves with a permit older than the store's send-within: a permit that came back late, or aged
 * while the request was being built, is moved to the send first. Timed by a manual ticker.
 */
class FreshPermitsTest {

    private static final ModelName MODEL = new ModelName("fake/limited", "fake", "limited");
    private static final Duration SEND_WITHIN = Duration.ofMillis(500);

    private final ManualTicker ticker = new ManualTicker();
    private final List<Duration> ageAtSend = new ArrayList<>();
    private SlowStore store;

    private ModelCaller caller(Duration answerIn, Duration buildingTakes) {
        store = new SlowStore(new LocalPermitStore(ticker::nanoTime), ticker, answerIn, SEND_WITHIN);
        LimitSettings limited = new LimitSettings(10, null, Duration.ofMinutes(1), 4, Duration.ofSeconds(30),
                Duration.ofSeconds(30), 1, null, null, null, null, null, null);
        ChatClient client = new ChatClient() {
            @Override
            public Optional<String> prepare(ModelName model, Duration timeout) {
                return Optional.empty();
            }

            @Override
            public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout)
                    throws InterruptedException {
                ticker.advance(buildingTakes);
                SendCheck.beforeSend();
                ageAtSend.add(Duration.ofNanos(ticker.nanoTime() - store.lastGrantAt()));
                return new ChatReply("ok", 1, 1, null);
            }
        };
        return new ModelCaller(client, new LimitPolicy(limited, Map.of(), Map.of()), store, ticker, new SplittableRandom(1));
    }

    @Test
    void should_replace_a_permit_whose_answer_came_back_later_than_send_within_before_sending() throws Exception {
        // given: the store's first answer comes back 1.5 s after it granted, later ones at once
        ModelCaller caller = caller(Duration.ofMillis(1500), Duration.ZERO);

        // when
        CallOutcome outcome = callOnce(caller, () -> store.answerIn(Duration.ZERO));

        // then: the late permit was moved to now before the try went
        assertThat(outcome.failure()).isNull();
        assertThat(store.grants).hasValue(1);
        assertThat(store.renewals).hasValue(1);
        assertThat(store.refunds).hasValue(0);
        assertThat(ageAtSend).singleElement().satisfies(age -> assertThat(age).isLessThanOrEqualTo(SEND_WITHIN));
    }

    @Test
    void should_send_with_the_first_permit_when_it_came_back_within_send_within() throws Exception {
        ModelCaller caller = caller(Duration.ofMillis(100), Duration.ZERO);

        CallOutcome outcome = callOnce(caller, () -> { });

        assertThat(outcome.failure()).isNull();
        assertThat(store.grants).hasValue(1);
        assertThat(store.renewals).hasValue(0);
        assertThat(ageAtSend).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void should_replace_a_permit_that_aged_while_the_request_was_being_built_at_the_last_look_before_the_send()
            throws Exception {
        // given: fresh permits, but 2 s pass between the try's start and the HTTP client's send
        ModelCaller caller = caller(Duration.ZERO, Duration.ofSeconds(2));

        // when
        CallOutcome outcome = callOnce(caller, () -> { });

        // then: the last look (on the try's own thread) moved the aged permit to now
        assertThat(outcome.failure()).isNull();
        assertThat(store.grants).hasValue(1);
        assertThat(store.renewals).hasValue(1);
        assertThat(ageAtSend).containsExactly(Duration.ZERO);
    }

    @Test
    void should_fail_the_call_unsent_when_no_permit_ever_comes_back_within_send_within() throws Exception {
        // given: every answer comes back 1 s after its grant
        ModelCaller caller = caller(Duration.ofSeconds(1), Duration.ZERO);

        // when
        CallOutcome outcome = callOnce(caller, () -> { });

        // then: renewed again and again, then nothing sent and the permit given back
        assertThat(ageAtSend).isEmpty();
        assertThat(outcome.attempts()).isZero();
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.LIMIT_WAIT_EXCEEDED);
        assertThat(store.renewals.get()).isGreaterThan(10);
        assertThat(store.grants).hasValue(1);
        assertThat(store.refunds).hasValue(1);
    }

    @Test
    void should_not_look_at_the_age_when_the_store_counts_no_margin() throws Exception {
        // given: a store without send-within (this process's own windows) answering 1.5 s late
        store = new SlowStore(new LocalPermitStore(ticker::nanoTime), ticker, Duration.ofMillis(1500), null);
        FreshPermits permits = FreshPermits.acquire(new SlidingWindowLimiter("k", 10, Duration.ofMinutes(1), store, ticker),
                null, 0, null, Duration.ofSeconds(1), () -> false, ticker);

        // when
        permits.ensureFresh();

        // then
        assertThat(store.renewals).hasValue(0);
        assertThat(store.refunds).hasValue(0);
    }

    private CallOutcome callOnce(ModelCaller caller, Runnable afterFirstAnswer) throws InterruptedException {
        store.afterNextAnswer(afterFirstAnswer);
        return caller.call(MODEL, "hello", CallParams.DEFAULTS, () -> false);
    }
}
