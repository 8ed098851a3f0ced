package dev.dakora.gateway.domain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows the gateway holds across all clients: taken when a submission is admitted, given back when
 * Kafka acknowledged (or refused) its last row. Bounds the memory that submissions waiting for Kafka
 * or PostgreSQL can use, whoever sends them.
 */
public class InFlightRows {

    private final long max;
    private final AtomicLong held = new AtomicLong();

    public InFlightRows(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("the rows in flight must be at least 1");
        }
        this.max = max;
    }

    boolean tryTake(long rows) {
        long now;
        do {
            now = held.get();
            if (now + rows > max) {
                return false;
            }
        } while (!held.compareAndSet(now, now + rows));
        return true;
    }

    void give(long rows) {
        held.addAndGet(-rows);
    }

    public long held() {
        return held.get();
    }

    public long max() {
        return max;
    }
}
