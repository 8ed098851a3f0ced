package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static dev.dakora.evaluation.assertion.Suites.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasureAssertionsTest {

    private static EvalInput call(long latencyMs, BigDecimal cost) {
        return new EvalInput("ok", null, Map.of(), latencyMs, cost, null);
    }

    @Test
    void latency_passes_at_or_under_the_limit_and_fails_over_it() {
        assertThat(first("[{type: latency, max_ms: 500}]", call(500, null)).pass()).isTrue();
        AssertionResult slow = first("[{type: latency, max_ms: 500}]", call(501, null));
        assertThat(slow.pass()).isFalse();
        assertThat(slow.reason()).isEqualTo("501 ms, limit 500 ms");
    }

    @Test
    void cost_passes_at_or_under_the_limit_and_fails_over_it() {
        assertThat(first("[{type: cost, max_usd: 0.002}]", call(1, new BigDecimal("0.0020"))).pass()).isTrue();
        assertThat(first("[{type: cost, max_usd: 0.002}]", call(1, new BigDecimal("0.0021"))).pass()).isFalse();
    }

    @Test
    void cost_fails_for_a_call_with_no_price_rather_than_counting_it_as_free() {
        AssertionResult unpriced = first("[{type: cost, max_usd: 1}]", call(1, null));
        assertThat(unpriced.pass()).isFalse();
        assertThat(unpriced.reason()).contains("has no price");
    }

    @Test
    void similar_scores_with_rouge_l_by_default_and_passes_at_the_threshold() {
        EvalInput close = EvalInput.of("The capital of France is Paris.", "Paris is the capital of France");
        AssertionResult result = first("[{type: similar, threshold: 0.6}]", close);
        assertThat(result.score()).isCloseTo(Similarity.rougeL(close.output(), close.expected()), within(1e-12));
        assertThat(result.pass()).isTrue();
        AssertionResult strict = first("[{type: similar, threshold: 0.95}]", close);
        assertThat(strict.pass()).isFalse();
        assertThat(strict.score()).isEqualTo(result.score());
    }

    @Test
    void similar_with_levenshtein_compares_with_its_value_when_given() {
        AssertionResult result = first("[{type: similar, metric: levenshtein, value: sitting, threshold: 0.5}]",
                EvalInput.of("kitten", "ignored"));
        assertThat(result.score()).isCloseTo(1 - 3.0 / 7, within(1e-12));
        assertThat(result.pass()).isTrue();
        assertThat(first("[{type: similar, metric: levenshtein, value: zzzzzzz, threshold: 0.5}]", "kitten").pass()).isFalse();
    }

    @Test
    void similar_fails_without_a_reference_or_on_a_text_too_long_to_compare() {
        assertThat(first("[{type: similar}]", EvalInput.of("x", null)).reason()).contains("no expected output");
        String huge = "a".repeat(Similarity.MAX_CHARS + 1);
        assertThat(first("[{type: similar, metric: levenshtein}]", EvalInput.of(huge, "a")).reason()).contains("too long");
    }
}
