package dev.dakora.gateway.domain;

import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelListingTest {

    private final PriceTable prices = new PriceTable(Map.of("openai/gpt-4o-mini", new Price(new BigDecimal("0.15"), new BigDecimal("0.60"))),
            "2025-08-15");

    @Test
    void should_list_priced_models_echo_and_models_with_own_limits_with_resolved_limits() {
        // given
        ModelListing listing = new ModelListing(prices, new RateLimits(null, null, Duration.ofSeconds(30), null),
                Map.of("openai", new RateLimits(500, 200_000L, null, null)),
                Map.of("ollama/llama3.2", new RateLimits(null, null, null, 4), "gpt-4o-mini", new RateLimits(60, null, null, null)));

        // when
        Map<String, Object> answer = listing.list();

        // then
        List<Map<String, Object>> items = items(answer);
        assertThat(items).extracting(item -> item.get("model")).containsExactly("echo", "ollama/llama3.2", "openai/gpt-4o-mini");
        assertThat(answer).containsEntry("prices_as_of", "2025-08-15");
        Map<String, Object> mini = items.get(2);
        assertThat(mini).containsEntry("provider", "openai").containsEntry("input_per_million_usd", new BigDecimal("0.15"));
        assertThat(mini.get("rate_limits")).isEqualTo(limits(60, 200_000L, 30L, 256));
        Map<String, Object> llama = items.get(1);
        assertThat(llama).containsEntry("input_per_million_usd", null);
        assertThat(llama.get("rate_limits")).isEqualTo(limits(null, null, 30L, 4));
        assertThat(items.getFirst()).containsEntry("provider", "echo").containsEntry("input_per_million_usd", BigDecimal.ZERO);
    }

    @Test
    void should_apply_built_in_limits_and_not_list_a_bare_name_when_nothing_else_is_configured() {
        // given
        ModelListing listing = new ModelListing(prices, null, Map.of(), Map.of("llama3.2", new RateLimits(5, null, null, null)));

        // when
        List<Map<String, Object>> items = items(listing.list());

        // then
        assertThat(items).extracting(item -> item.get("model")).containsExactly("echo", "openai/gpt-4o-mini");
        assertThat(items.get(1).get("rate_limits")).isEqualTo(limits(null, null, 60L, 256));
    }

    private static Map<String, Object> limits(Integer requests, Long tokens, long windowSeconds, int maxConcurrent) {
        Map<String, Object> limits = new java.util.LinkedHashMap<>();
        limits.put("requests_per_window", requests);
        limits.put("tokens_per_window", tokens);
        limits.put("window_seconds", windowSeconds);
        limits.put("max_concurrent", maxConcurrent);
        return limits;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("items");
    }
}
