package dev.dakora.llm.config;

import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.provider.ProviderSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the LLM worker, under {@code dakora.llm}. Map keys that hold a slash need brackets in
 * properties and YAML: {@code dakora.llm.prices."[openai/my-finetune]".input-per-million}.
 *
 * @param providers base URL and key variable per provider; a name that is not built in declares an
 *                  OpenAI-compatible server
 * @param limits    rate, concurrency, timeout, retry and circuit-breaker settings
 * @param prices    prices added to or replacing the shipped price table, by {@code provider/model}
 * @param echo      the built-in echo provider
 * @param kafka     topics and consumers
 */
@ConfigurationProperties("dakora.llm")
public record LlmWorkerProperties(Map<String, ProviderSettings> providers, Limits limits, Map<String, PriceSetting> prices,
                                  Echo echo, Kafka kafka) {

    public LlmWorkerProperties {
        providers = providers == null ? Map.of() : providers;
        limits = limits == null ? new Limits(null, null, null) : limits;
        prices = prices == null ? Map.of() : prices;
        echo = echo == null ? new Echo(Duration.ZERO) : echo;
        kafka = kafka == null ? new Kafka(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : kafka;
    }

    /**
     * @param defaults  {@code dakora.llm.limits.default}: for every model
     * @param providers by provider id, over the defaults
     * @param models    by {@code provider/model} or bare model id, over the provider's
     */
    public record Limits(@Name("default") LimitSettings defaults, Map<String, LimitSettings> providers,
                         Map<String, LimitSettings> models) {
    }

    /** USD per million tokens. */
    public record PriceSetting(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    /** @param latency how long echo waits before answering (benchmarks); zero by default */
    public record Echo(Duration latency) {
    }

    /**
     * @param groupId                 consumer group of {@code dakora.model-calls}, shared by all instances
     * @param concurrency             consumer threads of {@code dakora.model-calls} per instance (they only dispatch)
     * @param maxPollRecords          records taken per poll
     * @param maxInFlight             calls held at once per instance, queued or sent; the consumers pause at it
     *                                and resume when a quarter of those are done
     * @param maxInFlightPerPartition calls held at once per partition; the partition pauses at it
     * @param revokeGrace             how long a rebalance waits for the calls already sent of revoked partitions
     * @param instanceId              static group membership ({@code group.instance.id}), unique per process and
     *                                kept across its restarts; none: dynamic membership
     * @param sessionTimeout          how long the group waits for a silent instance before moving its partitions
     * @param heartbeatInterval       how often an instance tells the group it is alive
     * @param ledgerWait              how long a new assignment waits for the call ledger to read the results so far
     * @param ledgerClockSkew         how far before a call's request the ledger looks for its result (host clocks)
     * @param partitions              partitions of the topics this worker declares
     * @param replicas                replication factor of those topics
     * @param cancelLookback          how far back in {@code dakora.jobs} each instance reads cancellations on start
     * @param cancelRetention         how long a cancelled job id is remembered
     */
    public record Kafka(String groupId, Integer concurrency, Integer maxPollRecords, Integer maxInFlight,
                        Integer maxInFlightPerPartition, Duration revokeGrace, String instanceId, Duration sessionTimeout,
                        Duration heartbeatInterval, Duration ledgerWait, Duration ledgerClockSkew,
                        Integer partitions, Short replicas, Duration cancelLookback, Duration cancelRetention) {

        public Kafka {
            groupId = groupId == null ? "dakora-llm-worker" : groupId;
            concurrency = concurrency == null ? 1 : concurrency;
            maxPollRecords = maxPollRecords == null ? 128 : maxPollRecords;
            maxInFlight = maxInFlight == null ? 512 : maxInFlight;
            maxInFlightPerPartition = maxInFlightPerPartition == null ? 128 : maxInFlightPerPartition;
            revokeGrace = revokeGrace == null ? Duration.ofSeconds(5) : revokeGrace;
            instanceId = instanceId == null || instanceId.isBlank() ? null : instanceId.strip();
            sessionTimeout = sessionTimeout == null ? Duration.ofSeconds(10) : sessionTimeout;
            heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(3) : heartbeatInterval;
            ledgerWait = ledgerWait == null ? Duration.ofSeconds(10) : ledgerWait;
            ledgerClockSkew = ledgerClockSkew == null ? Duration.ofSeconds(10) : ledgerClockSkew;
            partitions = partitions == null ? 6 : partitions;
            replicas = replicas == null ? 1 : replicas;
            cancelLookback = cancelLookback == null ? Duration.ofHours(1) : cancelLookback;
            cancelRetention = cancelRetention == null ? Duration.ofHours(24) : cancelRetention;
            requireAtLeast(1, maxInFlight, "max-in-flight");
            requireAtLeast(1, maxInFlightPerPartition, "max-in-flight-per-partition");
            requireAtLeast(1, maxPollRecords, "max-poll-records");
            if (heartbeatInterval.compareTo(sessionTimeout) >= 0) {
                throw new IllegalArgumentException("dakora.llm.kafka: heartbeat-interval must be below session-timeout");
            }
        }

        private static void requireAtLeast(int least, int value, String name) {
            if (value < least) {
                throw new IllegalArgumentException("dakora.llm.kafka: " + name + " must be at least " + least);
            }
        }
    }
}
