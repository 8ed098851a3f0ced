package dev.dakora.llm.provider;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/** A provider's non-2xx answer, with the wait it asked for in {@code Retry-After}, if any. */
final class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
