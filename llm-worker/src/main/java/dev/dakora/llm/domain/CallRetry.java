package dev.dakora.llm.domain;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * The retries of one model's calls, a resilience4j {@link Retry}: up to {@code max-attempts} tries while
 * the failure is retriable. Between two tries it waits the provider's {@code Retry-After} when the failure
 * carries one (a 429 or 503), else the exponential backoff with jitter of {@link Backoff}. A
 * {@code Retry-After} above {@code max-retry-after} is not waited for: the call fails at once.
 */
final class CallRetry {

    private static final System.Logger LOG = System.getLogger(CallRetry.class.getName());

    private CallRetry() {
    }

    static Retry of(String model, LimitSettings settings, Backoff backoff) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(error -> error instanceof ModelCallException failure && failure.retriable()
                        && !asksTooLong(failure, settings))
                .intervalBiFunction((triesSoFar, outcome) -> backoff.before(triesSoFar, settings, retryAfter(outcome))
                        .orElse(settings.maxRetryAfter()).toMillis())
                .build();
        Retry retry = Retry.of(model, config);
        retry.getEventPublisher().onRetry(event -> LOG.log(System.Logger.Level.DEBUG,
                "try {0} of {1} failed, next in {2}: {3}", event.getNumberOfRetryAttempts(), model,
                event.getWaitInterval(), String.valueOf(event.getLastThrowable())));
        return retry;
    }

    /** Whether the provider asked for a longer wait than {@code max-retry-after}. */
    static boolean asksTooLong(ModelCallException failure, LimitSettings settings) {
        return failure.retryAfter().filter(asked -> asked.compareTo(settings.maxRetryAfter()) > 0).isPresent();
    }

    private static Optional<Duration> retryAfter(Either<Throwable, ?> outcome) {
        return outcome.isLeft() && outcome.getLeft() instanceof ModelCallException failure
                ? failure.retryAfter() : Optional.empty();
    }
}
