package dev.dakora.gateway.messaging;

import java.time.Duration;

/** Kafka did not take a command: the submission was not accepted and may be retried after {@link #retryAfter()}. */
public class KafkaUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public KafkaUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
