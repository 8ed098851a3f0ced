package dev.dakora.gateway.estimate;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of an estimate: tokens of every rendered row, assumed output, prices, totals. */
class CostEstimatorTest {

    private static final TemplateSpec SPEC = new TemplateSpec("greet", "1.0.0", null, "Hello {{ name }}!",
            Map.of("name", InputSpec.of(InputType.STRING)), Map.of());
    // gpt-4o at $2.50 / $10.00 per million; "acme/free" costs nothing; "acme/mystery" has no price
    private static final PriceTable PRICES = new PriceTable(Map.of(
            "openai/gpt-4o", new Price(new BigDecimal("2.50"), new BigDecimal("10.00")),
            "acme/free", Price.FREE), "test");

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final CostEstimator estimator = new CostEstimator(renderer, PRICES, 100);

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void should_sum_tokens_over_rendered_rows_and_price_the_assumed_output() {
        // every row renders to as many tokens as "Hello Ada!" ("Bob" and "Cy" are one token each, as "Ada" is)
        List<Map<String, Object>> rows = List.of(Map.of("name", "Ada"), Map.of("name", "Bob"), Map.of("name", "Cy"));
        long perRow = new Tokenizers().of(EstimateModels.resolve("openai/gpt-4o")).count("Hello Ada!");

        Estimate estimate = estimator.estimate(SPEC, rows, List.of("openai/gpt-4o"), CallParams.DEFAULTS);

        ModelEstimate gpt = estimate.models().getFirst();
        assertThat(gpt.calls()).isEqualTo(3);
        assertThat(gpt.inputTokens()).isEqualTo(3 * perRow);
        assertThat(gpt.outputTokens()).isEqualTo(300);
        // input: 3 × perRow × 2.50 / 1e6; output: 300 × 10.00 / 1e6 = 0.003
        BigDecimal input = new BigDecimal("2.50").multiply(BigDecimal.valueOf(3 * perRow)).movePointLeft(6);
        assertThat(gpt.costLow()).isEqualByComparingTo(input);
        assertThat(gpt.costHigh()).isEqualByComparingTo(input.add(new BigDecimal("0.003")));
        assertThat(estimate.costHigh()).isEqualByComparingTo(gpt.costHigh());
        assertThat(estimate.calls()).isEqualTo(3);
    }

    @Test
    void should_take_max_tokens_as_the_output_of_every_call_when_the_request_gives_it() {
        Estimate estimate = estimator.estimate(SPEC, List.of(Map.of("name", "Ada"), Map.of("name", "Bob")),
                List.of("openai/gpt-4o"), new CallParams(null, 1000, null, Map.of()));

        assertThat(estimate.models().getFirst().outputTokens()).isEqualTo(2000);
        assertThat(estimate.outputAssumption()).contains("max_tokens").contains("1000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_an_unpriced_model_with_null_cost_never_zero_and_leave_it_out_of_the_totals() {
        Estimate estimate = estimator.estimate(SPEC, List.of(Map.of("name", "Ada")),
                List.of("acme/mystery", "acme/free", "openai/gpt-4o"), CallParams.DEFAULTS);

        ModelEstimate mystery = estimate.models().getFirst();
        assertThat(mystery.priced()).isFalse();
        assertThat(mystery.costLow()).isNull();
        assertThat(mystery.costHigh()).isNull();
        assertThat(mystery.tokenizerExact()).isFalse();
        ModelEstimate free = estimate.models().get(1);
        assertThat(free.priced()).isTrue();
        assertThat(free.costHigh()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(estimate.fullyPriced()).isFalse();
        assertThat(estimate.costHigh()).isEqualByComparingTo(estimate.models().get(2).costHigh());
        assertThat(estimate.models().stream().filter(model -> !model.priced()).map(ModelEstimate::model))
                .containsExactly("acme/mystery");
    }

    @Test
    void should_count_rows_that_fail_to_render_and_make_no_calls_for_them() {
        TemplateSpec strict = new TemplateSpec("strict", "1.0.0", null, "{{ name.missing }}",
                Map.of("name", InputSpec.of(InputType.STRING)), Map.of());

        Estimate estimate = estimator.estimate(strict, List.of(Map.of("name", "Ada")), List.of("openai/gpt-4o"), CallParams.DEFAULTS);

        assertThat(estimate.renderFailures()).isEqualTo(1);
        assertThat(estimate.models().getFirst().calls()).isZero();
        assertThat(estimate.models().getFirst().inputTokens()).isZero();
    }

    @Test
    void should_assume_echo_answers_with_its_prompt() {
        Estimate estimate = estimator.estimate(SPEC, List.of(Map.of("name", "Ada Lovelace")), List.of("echo"), CallParams.DEFAULTS);

        ModelEstimate echo = estimate.models().getFirst();
        assertThat(echo.inputTokens()).isEqualTo(3);
        assertThat(echo.outputTokens()).isEqualTo(3);
        assertThat(echo.costHigh()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
