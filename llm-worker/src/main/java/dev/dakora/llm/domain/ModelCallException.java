package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed model call attempt, classified. The message is safe to put in a call result: it never holds
 * an API key.
 */
public class ModelCallException extends RuntimeException {

    private final FailureKind kind;
    private final Duration retryAfter;

    public ModelCallException(FailureKind kind, String message) {
        this(kind, message, null, null);
    }

    public ModelCallException(FailureKind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public FailureKind kind() {
        return kind;
    }

    public boolean retriable() {
        return kind.retriable();
    }

    /** What the provider asked us to wait before the next try ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
