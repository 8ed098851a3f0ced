package dev.dakora.llm.domain;

import java.time.Duration;

/**
 * A granted share of a sliding-window limit ({@link SlidingWindowLimiter}): its id in the
 * {@link PermitStore}, its weight, and when it was asked for on the {@link Ticker}. A store that does not
 * answer a settlement or a refund is logged and the permit stays as it was.
 */
public final class LimitPermit {

    private static final System.Logger LOG = System.getLogger(LimitPermit.class.getName());

    private final PermitStore store;
    private final String key;
    private final Ticker ticker;
    private final long id;
    private final long weight;
    private final long askedAt;

    LimitPermit(PermitStore store, String key, Ticker ticker, long id, long weight, long askedAt) {
        this.store = store;
        this.key = key;
        this.ticker = ticker;
        this.id = id;
        this.weight = weight;
        this.askedAt = askedAt;
    }

    long id() {
        return id;
    }

    long weight() {
        return weight;
    }

    /** How long ago this permit was asked for: never less than the time since it was granted. */
    public Duration age() {
        return Duration.ofNanos(ticker.nanoTime() - askedAt);
    }

    /** Gives the room back: only for a permit whose request was not sent (and will not be). */
    void refund() {
        try {
            store.refund(key, id);
        } catch (PermitStore.Unavailable e) {
            LOG.log(System.Logger.Level.WARNING, "could not give back an unused permit of " + key + ": " + e.getMessage());
        }
    }

    /** Replaces the estimated weight with the real one while the permit is still in the window. */
    public void settle(long actualWeight) {
        try {
            store.settle(key, id, actualWeight);
        } catch (PermitStore.Unavailable e) {
            LOG.log(System.Logger.Level.WARNING, "could not settle a permit of " + key + ": " + e.getMessage());
        }
    }
}
