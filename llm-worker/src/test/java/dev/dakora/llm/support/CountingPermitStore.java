package dev.dakora.llm.support;

import dev.dakora.llm.domain.PermitStore;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A permit store passing every call on to another one, counting the permits granted, renewed and refunded,
 * and keeping when the last permit granted or renewed was asked for, read on {@code clock} before asking.
 * Subclasses hook in when a permit is had ({@link #permitted}) and after each answer to a grant or renewal
 * ({@link #answered}).
 */
public class CountingPermitStore implements PermitStore {

    public final AtomicInteger grants = new AtomicInteger();
    public final AtomicInteger renewals = new AtomicInteger();
    public final AtomicInteger refunds = new AtomicInteger();
    private final PermitStore store;
    private final LongSupplier clock;
    private volatile long lastGrantAt;

    public CountingPermitStore(PermitStore store, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
    }

    /** When the last permit granted or renewed was asked for, on the clock. */
    public long lastGrantAt() {
        return lastGrantAt;
    }

    /** A permit was granted or renewed; {@code askedAt}: the clock's reading before asking. */
    protected void permitted(long askedAt) {
        lastGrantAt = askedAt;
    }

    /** The store answered a request for a permit or a renewal. */
    protected void answered() {
    }

    @Override
    public Grant tryAcquire(String key, long limit, Duration window, long weight) {
        long asked = clock.getAsLong();
        Grant grant = store.tryAcquire(key, limit, window, weight);
        if (grant.granted()) {
            grants.incrementAndGet();
            permitted(asked);
        }
        answered();
        return grant;
    }

    @Override
    public void settle(String key, long permitId, long weight) {
        store.settle(key, permitId, weight);
    }

    @Override
    public boolean renew(String key, long permitId, Duration window) {
        long asked = clock.getAsLong();
        boolean renewed = store.renew(key, permitId, window);
        if (renewed) {
            renewals.incrementAndGet();
            permitted(asked);
        }
        answered();
        return renewed;
    }

    @Override
    public void refund(String key, long permitId) {
        refunds.incrementAndGet();
        store.refund(key, permitId);
    }

    @Override
    public Optional<Duration> sendWithin() {
        return store.sendWithin();
    }
}
