package dev.dakora.llm.domain;

import java.time.Duration;

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
