package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the permits of sliding-window limits are kept: in this process ({@link LocalPermitStore}) or in a
 * store every LLM worker shares, so that a limit holds for the cluster and not per process.
 */
public interface PermitStore {

    /**
     * Grants {@code weight} units under {@code key} if every permit granted in the last {@code window}, plus
     * this one, stays within {@code limit}; a weight above the limit is granted alone once the window is empty.
     *
     * @throws Unavailable when the store cannot answer; nothing was granted
     */
    Grant tryAcquire(String key, long limit, Duration window, long weight);

    /** Replaces the weight of a permit still in its window with the real usage. */
    void settle(String key, long permitId, long weight);

    /**
     * Moves a permit whose request was not sent yet to now, so that it counts from the send; allowed without a
     * check while the permit is in its window (every window that gains it held only permits it counted with).
     *
     * @return false when the permit has left its window (ask for a new one instead)
     * @throws Unavailable when the store cannot answer; the permit stays as it was
     */
    boolean renew(String key, long permitId, Duration window);

    /** Removes a permit whose request will not be sent, so its room is free again at once. */
    void refund(String key, long permitId);

    /**
     * How soon after its grant a permit must be used for the provider-side count to hold: the part of the
     * store's margin a try may spend between its permit and being handed to the HTTP client (the rest is
     * for the way to the provider). Empty when the store counts no margin, so that age is not checked.
     */
    default Optional<Duration> sendWithin() {
        return Optional.empty();
    }

    /**
     * The answer to one request for a permit.
     *
     * @param permitId the permit, or -1 when there was no room
     * @param retryIn  when there was no room: how long until the oldest permit leaves the window
     */
    record Grant(long permitId, Duration retryIn) {

        public static Grant of(long permitId) {
            return new Grant(permitId, Duration.ZERO);
        }

        public static Grant waitFor(Duration wait) {
            return new Grant(-1, wait);
        }

        public boolean granted() {
            return permitId >= 0;
        }
    }

    /** The store did not answer (database down, connection lost): no permit was granted. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
