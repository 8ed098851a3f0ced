package dev.dakora.sink.messaging;

/**
 * A record the database refuses for its own content (a data or constraint error), as opposed to the
 * database being unavailable: it goes to the dead letter topic at once instead of being retried.
 */
public final class UnstorableRecordException extends RuntimeException {

    UnstorableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
