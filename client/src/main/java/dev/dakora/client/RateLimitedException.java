package dev.dakora.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** 429: over a limit; {@link #retryAfter()} is the server's {@code Retry-After} when it sent one. */
public final class RateLimitedException extends DakoraException {

    private final Duration retryAfter;

    public RateLimitedException(String detail, List<FieldError> errors, Duration retryAfter) {
        super(429, detail, errors);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
