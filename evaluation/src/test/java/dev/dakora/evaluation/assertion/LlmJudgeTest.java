package dev.dakora.evaluation.assertion;

import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.dakora.evaluation.assertion.Suites.suite;
import static dev.dakora.evaluation.assertion.Suites.yamlList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmJudgeTest {

    private static final String JUDGED = """
            - {type: contains, value: Paris}
            - {type: llm-judge, rubric: Names the capital of France, model: gpt-4o-mini, threshold: 0.7, weight: 2}
            """;
    private static final EvalInput ROW = new EvalInput("It is Paris.", "Paris", Map.of("country", "France"), 120,
            new BigDecimal("0.0004"), null);

    @Test
    void the_suite_asks_for_one_judge_call_per_judge_assertion_with_the_rows_inputs() {
        List<JudgeRequest> requests = suite(JUDGED).judgeRequests(ROW);
        assertThat(requests).hasSize(1);
        JudgeRequest request = requests.getFirst();
        assertThat(request.assertionIndex()).isEqualTo(1);
        assertThat(request.model()).isEqualTo("gpt-4o-mini");
        assertThat(request.template()).isEqualTo(DefaultJudgeTemplate.ID);
        assertThat(request.inputs()).containsExactly(Map.entry("output", "It is Paris."), Map.entry("expected", "Paris"),
                Map.entry("rubric", "Names the capital of France"), Map.entry("inputs", Map.of("country", "France")));
    }

    @Test
    void no_judge_call_is_asked_for_a_failed_call_or_a_suite_without_judges() {
        EvalInput failed = new EvalInput("", null, Map.of(), 5, null, "timeout");
        assertThat(suite(JUDGED).judgeRequests(failed)).isEmpty();
        assertThat(suite("[{type: is-json}]").judgeRequests(ROW)).isEmpty();
    }

    @Test
    void the_judges_score_is_the_assertions_score_and_passes_at_its_threshold() {
        RowEvaluation good = suite(JUDGED).evaluate(ROW, Map.of(1, JudgeVerdict.scored(0.9, "names Paris", new BigDecimal("0.0001"))));
        AssertionResult judged = good.assertions().get(1);
        assertThat(judged.pass()).isTrue();
        assertThat(judged.score()).isEqualTo(0.9);
        assertThat(judged.reason()).contains("names Paris");
        assertThat(good.judgeCostUsd()).isEqualByComparingTo("0.0001");

        RowEvaluation weak = suite(JUDGED).evaluate(ROW, Map.of(1, JudgeVerdict.scored(0.6, null, null)));
        assertThat(weak.assertions().get(1).pass()).isFalse();
        assertThat(weak.pass()).isFalse();
        assertThat(weak.score()).isCloseTo((1.0 + 2 * 0.6) / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void a_missing_or_failed_verdict_fails_the_judge_assertion_and_keeps_its_cost() {
        RowEvaluation missing = suite(JUDGED).evaluate(ROW, Map.of());
        assertThat(missing.assertions().get(1).reason()).contains("no verdict from the judge gpt-4o-mini");
        RowEvaluation failed = suite(JUDGED).evaluate(ROW, Map.of(1, JudgeAnswer.read("hmm", new BigDecimal("0.0003"))));
        assertThat(failed.assertions().get(1).pass()).isFalse();
        assertThat(failed.assertions().get(1).reason()).contains("the judge gave no score");
        assertThat(failed.judgeCostUsd()).isEqualByComparingTo("0.0003");
    }

    @Test
    void the_default_judge_template_renders_with_the_judge_inputs_through_the_input_spec() {
        TemplateSpec template = DefaultJudgeTemplate.spec();
        JudgeRequest request = suite(JUDGED).judgeRequests(ROW).getFirst();
        try (TemplateRenderer renderer = new TemplateRenderer()) {
            String prompt = renderer.render(template, request.inputs()).rendered();
            assertThat(prompt).contains("Names the capital of France", "<answer>\nIt is Paris.\n</answer>",
                    "<reference>\nParis\n</reference>", "- country: France", "{\"score\"");
        }
    }

    @Test
    void the_default_judge_template_leaves_out_the_reference_when_the_row_has_none() {
        EvalInput noExpected = new EvalInput("It is Paris.", null, Map.of(), 1, null, null);
        JudgeRequest request = suite(JUDGED).judgeRequests(noExpected).getFirst();
        try (TemplateRenderer renderer = new TemplateRenderer()) {
            String prompt = renderer.render(DefaultJudgeTemplate.spec(), request.inputs()).rendered();
            assertThat(prompt).doesNotContain("<reference>").contains("<answer>\nIt is Paris.\n</answer>");
        }
    }

    @Test
    void a_judge_needs_a_rubric_and_a_model_and_takes_a_version_or_a_label_not_both() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: llm-judge, model: m}]")))
                .hasMessageContaining("assertions[0].rubric: is required");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: llm-judge, rubric: r}]")))
                .hasMessageContaining("assertions[0].model: is required");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList(
                "[{type: llm-judge, rubric: r, model: m, template: my-judge, version: 1.0.0, label: prod}]")))
                .hasMessageContaining("assertions[0].label: give version or label, not both");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: llm-judge, rubric: r, model: m, template: '../x'}]")))
                .hasMessageContaining("assertions[0].template");
        LlmJudge judge = (LlmJudge) AssertionParser.parseAll(yamlList(
                "[{type: llm-judge, rubric: r, model: m, template: my-judge, label: prod}]")).getFirst();
        assertThat(judge.label()).isEqualTo("prod");
        assertThat(judge.threshold()).isEqualTo(LlmJudge.DEFAULT_THRESHOLD);
    }
}
