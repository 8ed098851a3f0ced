package dev.dakora.llm.config;

import dev.dakora.llm.lane.LaneSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code dakora.llm.lane.*}: the batch lane (calls of batches submitted with {@code params.lane: batch}).
 *
 * @param pollInterval       how often collections are checked and provider batches polled
 * @param maxCalls           calls of one partition and model submitted together at most (a full collection goes at once)
 * @param maxWait            how long the oldest collected call waits before its collection is submitted
 * @param requestTimeout     per request to a batch API (uploads and result downloads included)
 * @param anthropicMaxTokens {@code max_tokens} of Anthropic batch requests whose call sets none (the API needs one)
 * @param discounts          batch discounts added to or replacing the shipped ones (0.5 for openai and anthropic),
 *                           by provider or {@code provider/model}: the fraction taken off the list price
 */
@ConfigurationProperties("dakora.llm.lane")
public record LaneProperties(@DefaultValue("30s") Duration pollInterval, @DefaultValue("5000") int maxCalls,
                             @DefaultValue("1m") Duration maxWait, @DefaultValue("5m") Duration requestTimeout,
                             @DefaultValue("1024") int anthropicMaxTokens, Map<String, BigDecimal> discounts) {

    public LaneProperties {
        discounts = discounts == null ? Map.of() : discounts;
        if (anthropicMaxTokens < 1) {
            throw new IllegalArgumentException("dakora.llm.lane.anthropic-max-tokens must be at least 1");
        }
    }

    LaneSettings settings() {
        return new LaneSettings(pollInterval, maxCalls, maxWait);
    }
}
