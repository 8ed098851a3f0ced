package dev.dakora.llm.domain;

import io.github.resilience4j.retry.Retry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallRetryTest {

    private static final LimitSettings SETTINGS = LimitSettings.BUILT_IN.overriddenBy(new LimitSettings(null, null,
            null, null, null, null, 3, Duration.ofMillis(10), Duration.ofMillis(40), 0.0, Duration.ofSeconds(2),
            null, null));

    private final Backoff backoff = new Backoff(new SplittableRandom(7));

    @Test
    void should_wait_the_retry_after_the_provider_sent_before_trying_again() throws Throwable {
        // given: a 429 asking for 300 ms, then an answer
        Retry retry = CallRetry.of("openai/gpt", SETTINGS, backoff);
        List<Duration> waits = waits(retry);
        AtomicInteger tries = new AtomicInteger();
        long start = System.nanoTime();

        // when
        String answer = retry.executeCheckedSupplier(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new ModelCallException(FailureKind.RATE_LIMITED, "429", Duration.ofMillis(300), null);
            }
            return "ok";
        });

        // then
        assertThat(answer).isEqualTo("ok");
        assertThat(tries).hasValue(2);
        assertThat(waits).containsExactly(Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void should_fail_at_once_when_the_retry_after_exceeds_max_retry_after() {
        // given: a 503 asking for 5 minutes, above the 2 s cap
        Retry retry = CallRetry.of("openai/gpt", SETTINGS, backoff);
        List<Duration> waits = waits(retry);
        AtomicInteger tries = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> retry.executeCheckedSupplier(() -> {
            tries.incrementAndGet();
            throw new ModelCallException(FailureKind.SERVER_ERROR, "503", Duration.ofMinutes(5), null);
        })).isInstanceOf(ModelCallException.class).hasMessage("503");
        assertThat(tries).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void should_back_off_exponentially_up_to_max_attempts_when_the_provider_sent_no_retry_after() {
        // given
        Retry retry = CallRetry.of("openai/gpt", SETTINGS, backoff);
        List<Duration> waits = waits(retry);
        AtomicInteger tries = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> retry.executeCheckedSupplier(() -> {
            tries.incrementAndGet();
            throw new ModelCallException(FailureKind.TIMEOUT, "no answer");
        })).isInstanceOf(ModelCallException.class);
        assertThat(tries).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void should_not_retry_a_failure_that_is_not_retriable() {
        Retry retry = CallRetry.of("openai/gpt", SETTINGS, backoff);
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> retry.executeCheckedSupplier(() -> {
            tries.incrementAndGet();
            throw new ModelCallException(FailureKind.AUTHENTICATION, "401");
        })).isInstanceOf(ModelCallException.class);
        assertThat(tries).hasValue(1);
    }

    private static List<Duration> waits(Retry retry) {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
        return waits;
    }
}
