package dev.dakora.gateway.messaging;

/** Kafka did not take a command: the submission was not accepted and may be retried. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
