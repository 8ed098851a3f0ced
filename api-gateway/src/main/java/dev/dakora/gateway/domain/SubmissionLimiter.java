package dev.dakora.gateway.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

/**
 * How many rows (a job is one, a batch one per input row) each client may submit: a token bucket per
 * client of {@code burstRows} tokens that refills at {@code rowsPerSecond}. A client is an API key's id,
 * the admin key, or everyone without a key together. A client's bucket is forgotten once it was not used
 * for as long as an empty bucket takes to refill (Caffeine, timed by {@code clock}): it would be full
 * again, like a new one, so forgetting it changes nothing and only active clients are kept.
 */
public class SubmissionLimiter {

    private final long burstRows;
    private final double rowsPerSecond;
    private final InstantSource clock;
    private final Cache<String, TokenBucket> buckets;

    public SubmissionLimiter(long burstRows, double rowsPerSecond, InstantSource clock) {
        if (burstRows < 1 || rowsPerSecond <= 0) {
            throw new IllegalArgumentException("burst rows and rows per second must be positive");
        }
        this.burstRows = burstRows;
        this.rowsPerSecond = rowsPerSecond;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().executor(Runnable::run)
                .expireAfterAccess(Duration.ofNanos((long) Math.ceil(burstRows / rowsPerSecond * 1_000_000_000d)))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
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
        TokenBucket bucket = buckets.getIfPresent(client);
        if (bucket != null) {
            synchronized (bucket) {
                bucket.give(rows, clock.instant());
            }
        }
    }

    /** Zero when the client may submit at least one row now, else how long until it may. */
    public Duration waitForOne(String client) {
        Instant now = clock.instant();
        TokenBucket bucket = buckets.getIfPresent(client);
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

    /** Clients whose bucket is kept: those active within the time an empty bucket takes to refill. */
    long knownClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private TokenBucket bucket(String client, Instant now) {
        return buckets.get(client, key -> new TokenBucket(burstRows, rowsPerSecond, now));
    }
}
