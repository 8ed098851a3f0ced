package dev.dakora.evaluation.assertion;

import dev.dakora.common.event.EventJson;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.dakora.evaluation.assertion.Suites.yamlList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AssertionSuiteTest {

    private static final String WEIGHTED = """
            - {type: contains, value: Paris, weight: 3}
            - {type: starts-with, value: The}
            """;

    private static AssertionSuite suite(String yaml, Double threshold) {
        return AssertionSuite.compile(AssertionParser.parseAll(yamlList(yaml)), threshold);
    }

    @Test
    void the_row_score_is_the_weighted_mean_of_the_assertion_scores() {
        RowEvaluation row = suite(WEIGHTED, null).evaluate(EvalInput.of("It is Paris", null), Map.of());
        assertThat(row.score()).isCloseTo(0.75, within(1e-12));
        assertThat(row.assertions()).extracting(AssertionResult::pass).containsExactly(true, false);
    }

    @Test
    void without_a_threshold_a_row_passes_only_when_every_assertion_passes() {
        AssertionSuite suite = suite(WEIGHTED, null);
        assertThat(suite.evaluate(EvalInput.of("The city is Paris", null), Map.of()).pass()).isTrue();
        assertThat(suite.evaluate(EvalInput.of("It is Paris", null), Map.of()).pass()).isFalse();
    }

    @Test
    void with_a_threshold_a_row_passes_when_its_score_reaches_it() {
        assertThat(suite(WEIGHTED, 0.75).evaluate(EvalInput.of("It is Paris", null), Map.of()).pass()).isTrue();
        assertThat(suite(WEIGHTED, 0.8).evaluate(EvalInput.of("It is Paris", null), Map.of()).pass()).isFalse();
    }

    @Test
    void a_zero_weight_assertion_is_reported_but_decides_nothing() {
        AssertionSuite suite = suite("[{type: contains, value: a}, {type: contains, value: zzz, weight: 0}]", null);
        RowEvaluation row = suite.evaluate(EvalInput.of("a", null), Map.of());
        assertThat(row.pass()).isTrue();
        assertThat(row.score()).isEqualTo(1.0);
        assertThat(row.assertions().get(1).pass()).isFalse();
    }

    @Test
    void a_failed_call_fails_every_assertion_and_the_row() {
        EvalInput failed = new EvalInput(null, "x", Map.of(), 3, null, "rate limited");
        RowEvaluation row = suite("[{type: not-contains, value: sorry}]", 0.0).evaluate(failed, Map.of());
        assertThat(row.pass()).isFalse();
        assertThat(row.score()).isZero();
        assertThat(row.assertions().getFirst().reason()).isEqualTo("the call failed: rate limited");
    }

    @Test
    void a_suite_without_assertions_passes_a_successful_call() {
        RowEvaluation row = AssertionSuite.compile(java.util.List.of(), null).evaluate(EvalInput.of("x", null), null);
        assertThat(row.pass()).isTrue();
        assertThat(row.score()).isEqualTo(1.0);
    }

    @Test
    void a_pass_threshold_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> suite(WEIGHTED, 1.2)).hasMessageContaining("pass_threshold must be a number from 0 to 1");
    }

    @Test
    void a_row_evaluation_travels_as_snake_case_json() {
        RowEvaluation row = suite(WEIGHTED, null).evaluate(EvalInput.of("It is Paris", null), Map.of());
        String json = EventJson.writeString(row);
        assertThat(json).contains("\"judge_cost_usd\":0", "\"type\":\"starts-with\"");
        assertThat(EventJson.read(json, RowEvaluation.class)).isEqualTo(row);
    }

    @Test
    void the_output_is_parsed_as_json_once_for_every_json_assertion() {
        Output out = new Output(EvalInput.of("{\"a\": 1}", null), Map.of());
        assertThat(out.json()).isSameAs(out.json());
        assertThat(out.plain()).isSameAs(out.plain()).isEqualTo(Map.of("a", 1));
    }

    @Test
    void one_suite_evaluates_outputs_from_many_threads_as_it_does_from_one() {
        AssertionSuite suite = suite("""
                - {type: regex, value: '^row \\d+$'}
                - {type: json-path, path: $.n, value: 1}
                - {type: similar, value: row 7, threshold: 0.9}
                """, 0.5);
        java.util.List<EvalInput> inputs = java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> EvalInput.of(i % 3 == 0 ? "{\"n\": 1}" : "row " + i, null)).toList();
        java.util.List<RowEvaluation> sequential = inputs.stream().map(in -> suite.evaluate(in, Map.of())).toList();
        java.util.List<RowEvaluation> parallel = inputs.parallelStream().map(in -> suite.evaluate(in, Map.of())).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).extracting(RowEvaluation::pass).contains(true, false);
    }
}
