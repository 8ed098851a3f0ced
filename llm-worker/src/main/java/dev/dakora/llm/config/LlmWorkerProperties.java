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
        kafka = kafka == null ? new Kafka(null, null, null, null, null, null, null, null, null) : kafka;
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
     * @param groupId          consumer group of {@code dakora.model-calls}, shared by all instances
     * @param concurrency      consumer threads of {@code dakora.model-calls} per instance (they only dispatch)
     * @param maxPollRecords   records taken per poll
     * @param maxInFlight      calls running at once per instance; the consumers pause above it and resume at half
     * @param revokeGrace      how long a rebalance waits for the running calls of revoked partitions
     * @param partitions       partitions of the topics this worker declares
     * @param replicas         replication factor of those topics
     * @param cancelLookback   how far back in {@code dakora.jobs} each instance reads cancellations on start
     * @param cancelRetention  how long a cancelled job id is remembered
     */
    public record Kafka(String groupId, Integer concurrency, Integer maxPollRecords, Integer maxInFlight, Duration revokeGrace,
                        Integer partitions, Short replicas, Duration cancelLookback, Duration cancelRetention) {

        public Kafka {
            groupId = groupId == null ? "dakora-llm-worker" : groupId;
            concurrency = concurrency == null ? 1 : concurrency;
            maxPollRecords = maxPollRecords == null ? 500 : maxPollRecords;
            maxInFlight = maxInFlight == null ? 2000 : maxInFlight;
            revokeGrace = revokeGrace == null ? Duration.ofSeconds(30) : revokeGrace;
            partitions = partitions == null ? 6 : partitions;
            replicas = replicas == null ? 1 : replicas;
            cancelLookback = cancelLookback == null ? Duration.ofHours(1) : cancelLookback;
            cancelRetention = cancelRetention == null ? Duration.ofHours(24) : cancelRetention;
        }
    }
}
