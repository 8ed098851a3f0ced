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
        ModelInfo.Listing answer = listing.list();

        // then
        List<ModelInfo> items = answer.items();
        assertThat(items).extracting(ModelInfo::model).containsExactly("echo", "ollama/llama3.2", "openai/gpt-4o-mini");
        assertThat(answer.pricesAsOf()).isEqualTo("2025-08-15");
        ModelInfo mini = items.get(2);
        assertThat(mini.provider()).isEqualTo("openai");
        assertThat(mini.inputPerMillionUsd()).isEqualTo(new BigDecimal("0.15"));
        assertThat(mini.rateLimits()).isEqualTo(new ModelInfo.Limits(60, 200_000L, 30L, 256));
        ModelInfo llama = items.get(1);
        assertThat(llama.inputPerMillionUsd()).isNull();
        assertThat(llama.rateLimits()).isEqualTo(new ModelInfo.Limits(null, null, 30L, 4));
        assertThat(items.getFirst().provider()).isEqualTo("echo");
        assertThat(items.getFirst().inputPerMillionUsd()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void should_apply_built_in_limits_and_not_list_a_bare_name_when_nothing_else_is_configured() {
        // given
        ModelListing listing = new ModelListing(prices, null, Map.of(), Map.of("llama3.2", new RateLimits(5, null, null, null)));

        // when
        List<ModelInfo> items = listing.list().items();

        // then
        assertThat(items).extracting(ModelInfo::model).containsExactly("echo", "openai/gpt-4o-mini");
        assertThat(items.get(1).rateLimits()).isEqualTo(new ModelInfo.Limits(null, null, 60L, 256));
    }
}
