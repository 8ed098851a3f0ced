package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTriesTest {

    private final ManualTicker ticker = new ManualTicker();
    private final CallTries tries = new CallTries(ticker);
    private final LimitSettings settings = LimitSettings.BUILT_IN;

    @Test
    void should_count_failed_tries_that_reached_the_provider_and_the_answered_one() {
        // given
        tries.failed(new ModelCallException(FailureKind.RATE_LIMITED, "429"));
        tries.failed(new ModelCallException(FailureKind.SERVER_ERROR, "500"));

        // when
        CallOutcome outcome = tries.answer(tries.answered(new ChatReply("hi", 1, 1, null)));

        // then
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.reply().text()).isEqualTo("hi");
        assertThat(outcome.failure()).isNull();
    }

    @Test
    void should_not_count_tries_stopped_before_they_were_sent() {
        // given
        for (FailureKind unsent : new FailureKind[] {FailureKind.CIRCUIT_OPEN, FailureKind.LIMIT_WAIT_EXCEEDED,
                FailureKind.CANCELLED, FailureKind.WITHDRAWN}) {
            tries.failed(new ModelCallException(unsent, unsent.name()));
        }

        // when
        CallOutcome outcome = tries.gaveUp(new ModelCallException(FailureKind.CANCELLED, "cancelled"), settings);

        // then
        assertThat(outcome.attempts()).isZero();
        assertThat(outcome.failure().getMessage()).isEqualTo("cancelled");
    }

    @Test
    void should_report_the_duration_of_the_last_try_on_the_ticker() throws Exception {
        // given
        assertThatThrownBy(() -> tries.timed(() -> {
            ticker.advance(Duration.ofMillis(900));
            throw new ModelCallException(FailureKind.TIMEOUT, "slow");
        })).isInstanceOf(ModelCallException.class);

        // when
        ChatReply reply = tries.timed(() -> {
            ticker.advance(Duration.ofMillis(40));
            return new ChatReply("ok", 1, 1, null);
        });

        // then
        assertThat(tries.answer(tries.answered(reply)).latencyMs()).isEqualTo(40);
    }

    @Test
    void should_say_the_attempts_were_used_up_when_a_retriable_failure_ends_the_call() {
        // given
        for (int i = 0; i < settings.maxAttempts(); i++) {
            tries.failed(new ModelCallException(FailureKind.SERVER_ERROR, "HTTP 500: boom"));
        }

        // when
        CallOutcome outcome = tries.gaveUp(new ModelCallException(FailureKind.SERVER_ERROR, "HTTP 500: boom"), settings);

        // then
        assertThat(outcome.failure().getMessage()).isEqualTo("HTTP 500: boom (gave up after 3 attempts)");
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void should_name_the_retry_after_when_it_exceeded_the_cap_before_the_attempts_were_used_up() {
        // given
        ModelCallException refused = new ModelCallException(FailureKind.RATE_LIMITED, "HTTP 429: slow down",
                Duration.ofMinutes(5), null);
        tries.failed(refused);

        // when
        CallOutcome outcome = tries.gaveUp(refused, settings);

        // then
        assertThat(outcome.failure().getMessage())
                .isEqualTo("HTTP 429: slow down (Retry-After PT5M exceeds max-retry-after PT1M)");
        assertThat(outcome.failure().retryAfter()).contains(Duration.ofMinutes(5));
    }

    @Test
    void should_keep_a_failure_that_is_not_retriable_as_it_is() {
        // given
        ModelCallException denied = new ModelCallException(FailureKind.AUTHENTICATION, "HTTP 401: bad key");
        tries.failed(denied);

        // when
        CallOutcome outcome = tries.gaveUp(denied, settings);

        // then
        assertThat(outcome.failure()).isSameAs(denied);
        assertThat(outcome.attempts()).isEqualTo(1);
    }
}
