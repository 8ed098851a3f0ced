package dev.dakora.common.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    private final PriceTable shipped = PriceFile.shipped();

    private static ModelName model(String provider, String model) {
        return new ModelName(provider + "/" + model, provider, model);
    }

    @Test
    void should_price_tokens_exactly_when_the_model_is_in_the_shipped_table() {
        // when: 1,234 in and 567 out of gpt-4o (2.50 and 10.00 per million)
        Cost cost = shipped.cost(model("openai", "gpt-4o"), 1234, 567);

        // then
        assertThat(cost.priced()).isTrue();
        assertThat(cost.usd()).isEqualByComparingTo(new BigDecimal("0.008755"));
        assertThat(shipped.asOf()).isNotBlank();
        assertThat(shipped.entries()).containsKeys("openai/gpt-4o-mini", "anthropic/claude-3-5-haiku", "gemini/gemini-2.0-flash");
    }

    @Test
    void should_use_the_undated_price_when_the_model_is_a_dated_snapshot() {
        assertThat(shipped.find(model("openai", "gpt-4o-mini-2024-07-18"))).isEqualTo(shipped.find(model("openai", "gpt-4o-mini")));
        assertThat(shipped.find(model("anthropic", "claude-3-5-haiku-20241022"))).isPresent();
        assertThat(shipped.find(model("anthropic", "claude-3-5-haiku-latest"))).isPresent();
    }

    @Test
    void should_leave_the_cost_unknown_when_the_model_has_no_price() {
        // when
        Cost cost = shipped.cost(model("ollama", "llama3.2"), 100, 100);

        // then
        assertThat(cost.usd()).isNull();
        assertThat(cost.priced()).isFalse();
    }

    @Test
    void should_price_echo_at_zero_when_asked() {
        Cost cost = shipped.cost(model("echo", "echo"), 100, 100);

        assertThat(cost.priced()).isTrue();
        assertThat(cost.usd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void should_replace_and_extend_prices_when_overridden() {
        // given
        PriceTable table = shipped.withOverrides(Map.of(
                "openai/gpt-4o", new Price(new BigDecimal("1"), new BigDecimal("2")),
                "ollama/llama3.2", new Price(BigDecimal.ZERO, BigDecimal.ZERO)));

        // then
        assertThat(table.cost(model("openai", "gpt-4o"), 1_000_000, 1_000_000).usd()).isEqualByComparingTo("3");
        Cost local = table.cost(model("ollama", "llama3.2"), 10, 10);
        assertThat(local.priced()).isTrue();
        assertThat(local.usd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void should_say_which_entry_is_wrong_when_a_price_file_is_invalid() {
        String yaml = "models:\n  openai/x: {input: cheap, output: 1}\n";

        assertThatThrownBy(() -> PriceFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("input price of openai/x must be a number, got cheap");
    }

    @Test
    void should_reject_a_negative_price_when_one_is_configured() {
        assertThatThrownBy(() -> new Price(new BigDecimal("-1"), BigDecimal.ONE)).hasMessageContaining("must not be negative");
    }
}
