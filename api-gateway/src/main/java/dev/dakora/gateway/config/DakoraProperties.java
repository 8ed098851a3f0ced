package dev.dakora.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Everything the gateway reads from {@code dakora.*}. Every field has a default, so an application
 * that embeds the gateway needs to set only what it changes.
 */
@ConfigurationProperties("dakora")
public record DakoraProperties(@DefaultValue Registry registry, @DefaultValue Render render,
                               @DefaultValue Http http, @DefaultValue Auth auth, @DefaultValue Jobs jobs,
                               @DefaultValue Compare compare, @DefaultValue Limits limits) {

    /** Where templates live: {@code local} (a directory) or {@code azure} (a blob container). */
    public record Registry(@DefaultValue("local") String type, @DefaultValue Local local, @DefaultValue Azure azure) {
    }

    public record Local(@DefaultValue("./prompts") String path) {
    }

    /** Either a connection string, or an account endpoint used with the default Azure credential. */
    public record Azure(String connectionString, String endpoint, @DefaultValue("prompts") String container,
                        @DefaultValue("") String prefix) {
    }

    /**
     * Sandbox limits of one render (a render that passes one fails with 422), how many renders run at
     * once, and how many parsed templates the renderer keeps.
     */
    public record Render(@DefaultValue("1048576") int maxOutputChars, @DefaultValue("100000") int maxLoopIterations,
                         @DefaultValue("50") int maxRecursionDepth, @DefaultValue("2s") Duration timeout,
                         @DefaultValue("64") int maxConcurrentRenders, @DefaultValue("1000") int cacheSize) {
    }

    /**
     * @param maxRequestBody       larger bodies answer 413
     * @param corsAllowedOrigins   origins allowed to call {@code /api/**} from a browser; none by default
     * @param maxBatchBody         the limit of {@code POST /api/batches} bodies instead (413 above it)
     */
    public record Http(@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue List<String> corsAllowedOrigins,
                       @DefaultValue("8MB") DataSize maxBatchBody) {
    }

    /**
     * Submission limits (jobs, batches, compare), each answered with 429 and {@code Retry-After}.
     *
     * @param rowsPerSecond        rows (a job is one, a batch one per input row) a client may submit per second
     *                             over time; a client is an API key, the admin key, or all callers without a key
     * @param burstRows            rows a client may submit at once after a quiet period (at least the batch row limit)
     * @param maxRowsInFlight      rows of all clients the gateway holds until Kafka acknowledged them
     * @param maxConcurrentBatches batch uploads read and parsed at once
     * @param busyRetryAfter       the {@code Retry-After} when the gateway, not the client, is at its bound
     */
    public record Limits(@DefaultValue("1000") double rowsPerSecond, @DefaultValue("20000") long burstRows,
                         @DefaultValue("40000") long maxRowsInFlight, @DefaultValue("2") int maxConcurrentBatches,
                         @DefaultValue("1s") Duration busyRetryAfter) {
    }

    /**
     * @param topicPartitions partitions of {@code dakora.jobs} when the gateway creates it
     * @param topicReplicas   replicas of {@code dakora.jobs} when the gateway creates it
     * @param publishTimeout  how long a submission waits for Kafka's acknowledgement before answering 503
     * @param retryAfter      the {@code Retry-After} of a 503 when Kafka is down
     * @param maxBatchRows    most input rows one batch may have
     */
    public record Jobs(@DefaultValue("6") int topicPartitions, @DefaultValue("1") short topicReplicas,
                       @DefaultValue("10s") Duration publishTimeout, @DefaultValue("5s") Duration retryAfter,
                       @DefaultValue("20000") int maxBatchRows) {
    }

    /** @param timeout how long {@code POST /api/templates/{id}/compare} waits for its job before answering 504 */
    public record Compare(@DefaultValue("125s") Duration timeout) {
    }

    /**
     * @param required whether {@code /api/**} needs an API key ({@code DAKORA_AUTH_REQUIRED})
     * @param adminKey the key that manages keys ({@code DAKORA_ADMIN_KEY}); key management is off without it
     * @param lastUsedInterval how stale a key's {@code last_used_at} may get before it is written again
     */
    public record Auth(@DefaultValue("false") boolean required, String adminKey,
                       @DefaultValue("1m") Duration lastUsedInterval) {

        public boolean hasAdminKey() {
            return adminKey != null && !adminKey.isBlank();
        }

        @Override
        public String toString() {
            return "Auth[required=" + required + ", adminKey=" + (hasAdminKey() ? "(set)" : "(unset)") + "]";
        }
    }
}
