package dev.dakora.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many rows (a job is one, a batch one per input row) each client may submit: a token bucket per
 * client of {@code burstRows} tokens that refills at {@code rowsPerSecond}. A client is an API key's id,
 * the admin key, or everyone without a key together. Buckets that have refilled completely are
 * forgotten once more than {@value #MAX_IDLE_CLIENTS} clients are known, so the map stays small.
 */
public class SubmissionLimiter {

    private static final int MAX_IDLE_CLIENTS = 10_000;

    private final long burstRows;
    private final double rowsPerSecond;
    private final InstantSource clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public SubmissionLimiter(long burstRows, double rowsPerSecond, InstantSource clock) {
        if (burstRows < 1 || rowsPerSecond <= 0) {
            throw new IllegalArgumentException("burst rows and rows per second must be positive");
        }
        this.burstRows = burstRows;
        this.rowsPerSecond = rowsPerSecond;
        this.clock = clock;
    }

    /** Takes {@code rows} from the client's budget; a refusal takes nothing. */
    public Duration take(String client, long rows) {
        Instant now = clock.instant();
        if (rows > burstRows) {
            return Duration.ofNanos((long) Math.ceil(burstRows / rowsPerSecond * 1_000_000_000d));
        }
        TokenBucket bucket = bucket(client, now);
        synchronized (bucket) {
            return bucket.take(rows, now);
        }
    }

    /** Gives {@code rows} taken by a submission that was then refused back to the client's budget. */
    public void refund(String client, long rows) {
        TokenBucket bucket = buckets.get(client);
        if (bucket != null) {
            synchronized (bucket) {
                bucket.give(rows, clock.instant());
            }
        }
    }

    /** Zero when the client may submit at least one row now, else how long until it may. */
    public Duration waitForOne(String client) {
        Instant now = clock.instant();
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            return Duration.ZERO;
        }
        synchronized (bucket) {
            return bucket.waitFor(1, now);
        }
    }

    public long burstRows() {
        return burstRows;
    }

    private TokenBucket bucket(String client, Instant now) {
        if (buckets.size() > MAX_IDLE_CLIENTS) {
            buckets.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().full(now);
                }
            });
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(burstRows, rowsPerSecond, now));
    }
}
