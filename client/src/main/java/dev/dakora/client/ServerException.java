package dev.dakora.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * 5xx: the server or one of its dependencies failed (503 when Kafka or PostgreSQL is down, 504 when a
 * synchronous comparison timed out); {@link #retryAfter()} is the server's {@code Retry-After} if any.
 */
public final class ServerException extends DakoraException {

    private final Duration retryAfter;

    public ServerException(int status, String detail, List<FieldError> errors, Duration retryAfter) {
        super(status, detail, errors);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
