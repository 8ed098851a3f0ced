package dev.dakora.evaluation.experiment;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.evaluation.assertion.AssertionParser;
import dev.dakora.evaluation.assertion.AssertionSuite;
import dev.dakora.evaluation.assertion.EvalInput;
import dev.dakora.evaluation.assertion.RowEvaluation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExperimentAggregatorTest {

    static ScoredResult result(int row, String version, String model, int sample, boolean pass, double score, long latency,
                               String cost, String judgeCost) {
        return new ScoredResult(row, version, model, sample, pass, score, latency, cost == null ? null : new BigDecimal(cost),
                judgeCost == null ? null : new BigDecimal(judgeCost), true);
    }

    @Test
    void each_column_gets_its_pass_rate_mean_score_and_costs() {
        List<ScoredResult> grid = List.of(
                result(1, "1.0.0", "gpt", 0, true, 1.0, 100, "0.002", "0.0005"),
                result(2, "1.0.0", "gpt", 0, false, 0.5, 300, "0.004", "0.0005"),
                result(1, "1.0.0", "echo", 0, true, 1.0, 1, "0", null),
                result(2, "1.0.0", "echo", 0, true, 0.8, 2, "0", null));
        ExperimentSummary summary = ExperimentAggregator.summarize(grid);
        assertThat(summary.columns()).extracting(ColumnSummary::model).containsExactly("gpt", "echo");
        ColumnSummary gpt = summary.columns().getFirst();
        assertThat(gpt.results()).isEqualTo(2);
        assertThat(gpt.passed()).isEqualTo(1);
        assertThat(gpt.passRate()).isEqualTo(0.5);
        assertThat(gpt.meanScore()).isCloseTo(0.75, within(1e-12));
        assertThat(gpt.totalCostUsd()).isEqualByComparingTo("0.006");
        assertThat(gpt.costPerPassingUsd()).isEqualByComparingTo("0.006");
        assertThat(gpt.judgeCostUsd()).isEqualByComparingTo("0.001");
        assertThat(summary.columns().get(1).passRate()).isEqualTo(1.0);
        assertThat(summary.totalCostUsd()).isEqualByComparingTo("0.006");
        assertThat(summary.judgeCostUsd()).isEqualByComparingTo("0.001");
    }

    @Test
    void latency_percentiles_are_nearest_rank_over_every_call() {
        List<ScoredResult> grid = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            grid.add(result(i, "1", "m", 0, true, 1, i * 10L, "0", null));
        }
        ColumnSummary column = ExperimentAggregator.summarize(grid).columns().getFirst();
        assertThat(column.p50LatencyMs()).isEqualTo(100);
        assertThat(column.p95LatencyMs()).isEqualTo(190);
        assertThat(ExperimentAggregator.percentile(new long[]{7}, 95)).isEqualTo(7);
    }

    @Test
    void samples_count_as_results_of_their_column() {
        List<ScoredResult> grid = List.of(
                result(1, "1", "m", 0, true, 1, 10, "0.01", null),
                result(1, "1", "m", 1, false, 0, 10, "0.01", null),
                result(1, "1", "m", 2, true, 1, 10, "0.01", null));
        ColumnSummary column = ExperimentAggregator.summarize(grid).columns().getFirst();
        assertThat(column.results()).isEqualTo(3);
        assertThat(column.passRate()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(column.costPerPassingUsd()).isEqualByComparingTo("0.015");
    }

    @Test
    void unpriced_calls_are_counted_apart_and_never_as_free() {
        List<ScoredResult> grid = List.of(
                result(1, "1", "local", 0, false, 0, 10, null, null),
                result(2, "1", "local", 0, false, 0, 10, null, null));
        ColumnSummary column = ExperimentAggregator.summarize(grid).columns().getFirst();
        assertThat(column.unpricedCalls()).isEqualTo(2);
        assertThat(column.totalCostUsd()).isEqualByComparingTo("0");
        assertThat(column.costPerPassingUsd()).isNull();
    }

    @Test
    void a_result_given_twice_is_refused_rather_than_billed_twice() {
        List<ScoredResult> grid = List.of(result(1, "1", "m", 0, true, 1, 10, "0.01", null),
                result(1, "1", "m", 0, true, 1, 10, "0.01", null));
        assertThatThrownBy(() -> ExperimentAggregator.summarize(grid)).hasMessageContaining("row 1, sample 0 of 1 on m is given twice");
        assertThat(ExperimentAggregator.summarize(List.of()).columns()).isEmpty();
    }

    @Test
    void a_pipeline_call_and_its_evaluation_make_a_result_with_the_judge_cost_apart() {
        ModelCallCompleted call = new ModelCallCompleted("c1", "j1", "b1", 0, "capitals", "1.2.0", "gpt-4o-mini", "openai",
                CallStatus.SUCCEEDED, "Paris", 10, 2, new BigDecimal("0.0003"), true, 420, null, 1, Map.of("country", "France"),
                Instant.parse("2026-01-01T00:00:00Z"));
        AssertionSuite suite = AssertionSuite.compile(AssertionParser.parseAll(List.of(Map.of("type", "equals"))), null);
        RowEvaluation evaluation = suite.evaluate(EvalInput.of(call, "Paris"), Map.of());
        ScoredResult result = ScoredResult.of(1, 0, call, evaluation);
        assertThat(result.column()).isEqualTo(new ColumnKey("1.2.0", "gpt-4o-mini"));
        assertThat(result.pass()).isTrue();
        assertThat(result.latencyMs()).isEqualTo(420);
        assertThat(result.costUsd()).isEqualByComparingTo("0.0003");
        assertThat(EventJson.read(EventJson.writeString(result), ScoredResult.class)).isEqualTo(result);
        assertThat(EventJson.writeString(ExperimentAggregator.summarize(List.of(result)))).contains("\"cost_per_passing_usd\":0.0003");
    }
}
