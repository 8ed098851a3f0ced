package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Permits kept in this process: a sliding log per key, timed by an injectable nanosecond clock. Exact
 * for one worker; with several, each keeps its own window.
 */
public final class LocalPermitStore implements PermitStore {

    private final LongSupplier nanoTime;
    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public LocalPermitStore(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Grant tryAcquire(String key, long limit, Duration window, long weight) {
        Log log = logs.computeIfAbsent(key, k -> new Log());
        long windowNanos = window.toNanos();
        synchronized (log) {
            long now = nanoTime.getAsLong();
            log.evict(now, windowNanos);
            if (log.inWindow + weight <= limit || log.granted.isEmpty()) {
                long id = ids.getAndIncrement();
                log.granted.addLast(new Entry(id, now, weight));
                log.inWindow += weight;
                return Grant.of(id);
            }
            return Grant.waitFor(Duration.ofNanos(log.granted.peekFirst().grantedAt + windowNanos - now));
        }
    }

    @Override
    public void settle(String key, long permitId, long weight) {
        Log log = logs.get(key);
        if (log == null) {
            return;
        }
        synchronized (log) {
            for (Entry entry : log.granted) {
                if (entry.id == permitId) {
                    log.inWindow += weight - entry.weight;
                    entry.weight = weight;
                    return;
                }
            }
        }
    }

    @Override
    public boolean renew(String key, long permitId, Duration window) {
        Log log = logs.get(key);
        if (log == null) {
            return false;
        }
        synchronized (log) {
            long now = nanoTime.getAsLong();
            log.evict(now, window.toNanos());
            for (var entries = log.granted.iterator(); entries.hasNext(); ) {
                Entry entry = entries.next();
                if (entry.id == permitId) {
                    entries.remove();
                    log.granted.addLast(new Entry(entry.id, now, entry.weight));
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void refund(String key, long permitId) {
        Log log = logs.get(key);
        if (log == null) {
            return;
        }
        synchronized (log) {
            for (var entries = log.granted.iterator(); entries.hasNext(); ) {
                Entry entry = entries.next();
                if (entry.id == permitId) {
                    log.inWindow -= entry.weight;
                    entries.remove();
                    return;
                }
            }
        }
    }

    private static final class Log {
        private final Deque<Entry> granted = new ArrayDeque<>();
        private long inWindow;

        private void evict(long now, long windowNanos) {
            while (!granted.isEmpty() && granted.peekFirst().grantedAt + windowNanos <= now) {
                inWindow -= granted.removeFirst().weight;
            }
        }
    }

    private static final class Entry {
        private final long id;
        private final long grantedAt;
        private long weight;

        private Entry(long id, long grantedAt, long weight) {
            this.id = id;
            this.grantedAt = grantedAt;
            this.weight = weight;
        }
    }
}
