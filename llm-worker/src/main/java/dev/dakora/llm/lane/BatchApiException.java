package dev.dakora.llm.lane;

/**
 * A provider's batch API refused or could not be reached. Retriable failures (429, 5xx, no answer) are
 * tried again at the next poll; others end the calls concerned as failed with this message.
 */
public final class BatchApiException extends RuntimeException {

    private final boolean retriable;

    public BatchApiException(String message, boolean retriable) {
        super(message);
        this.retriable = retriable;
    }

    public static BatchApiException ofStatus(int status, String message) {
        return new BatchApiException("HTTP " + status + ": " + message, status == 408 || status == 429 || status >= 500);
    }

    public boolean retriable() {
        return retriable;
    }
}
