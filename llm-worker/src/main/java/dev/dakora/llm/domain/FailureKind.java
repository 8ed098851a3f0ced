package dev.dakora.llm.domain;

/** Why a model call attempt failed; the first four are worth another try. */
public enum FailureKind {
    RATE_LIMITED(true),
    SERVER_ERROR(true),
    TIMEOUT(true),
    CONNECTION(true),
    AUTHENTICATION(false),
    MODEL_NOT_FOUND(false),
    BAD_REQUEST(false),
    CONFIGURATION(false),
    CIRCUIT_OPEN(false),
    LIMIT_WAIT_EXCEEDED(false),
    CANCELLED(false),
    /** The worker gave the call up unsent (its partition moved, or its result is known): no result is published. */
    WITHDRAWN(false),
    UNEXPECTED(false);

    private final boolean retriable;

    FailureKind(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
