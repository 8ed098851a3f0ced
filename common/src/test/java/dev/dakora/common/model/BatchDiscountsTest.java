package dev.dakora.common.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchDiscountsTest {

    private final PriceTable prices = PriceFile.shipped();
    private final BatchDiscounts shipped = BatchDiscounts.shipped();

    private static ModelName model(String provider, String model) {
        return new ModelName(provider + "/" + model, provider, model);
    }

    @Test
    void should_charge_half_the_list_price_when_openai_and_anthropic_run_a_batch() {
        // 1,234 in and 567 out of gpt-4o: 0.008755 at list price
        assertThat(shipped.cost(prices, model("openai", "gpt-4o"), 1234, 567).usd()).isEqualByComparingTo(new BigDecimal("0.0043775"));
        assertThat(shipped.discount(model("anthropic", "claude-3-5-haiku"))).contains(new BigDecimal("0.5"));
    }

    @Test
    void should_have_no_discount_when_the_provider_has_no_batch_lane() {
        assertThat(shipped.discount(model("gemini", "gemini-2.0-flash"))).isEmpty();
        assertThat(shipped.cost(prices, model("gemini", "gemini-2.0-flash"), 1000, 0).usd())
                .isEqualByComparingTo(prices.cost(model("gemini", "gemini-2.0-flash"), 1000, 0).usd());
    }

    @Test
    void should_stay_unpriced_when_the_model_has_no_price() {
        Cost cost = shipped.cost(prices, model("openai", "my-finetune"), 10, 10);
        assertThat(cost.priced()).isFalse();
        assertThat(cost.usd()).isNull();
    }

    @Test
    void should_prefer_a_models_own_discount_over_its_providers_when_both_are_set() {
        BatchDiscounts custom = shipped.withOverrides(Map.of("openai/gpt-4o", new BigDecimal("0.25")));
        assertThat(custom.discount(model("openai", "gpt-4o"))).contains(new BigDecimal("0.25"));
        assertThat(custom.discount(model("openai", "gpt-4o-mini"))).contains(new BigDecimal("0.5"));
    }

    @Test
    void should_refuse_a_discount_outside_zero_to_one() {
        assertThatThrownBy(() -> new BatchDiscounts(Map.of("openai", new BigDecimal("1.5"))))
                .hasMessageContaining("batch discount of openai must be between 0 and 1");
    }
}
