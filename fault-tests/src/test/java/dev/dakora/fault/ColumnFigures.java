package dev.dakora.fault;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/** An experiment's column aggregates, as the gateway reports them, against those recomputed from its result rows. */
final class ColumnFigures {

    private ColumnFigures() {
    }

    static void check(SoftAssertions softly, JsonNode columns, List<JsonNode> results) {
        softly.assertThat(columns.size()).as("experiment columns").isEqualTo(BatchRun.MODELS.size());
        for (JsonNode column : columns) {
            String model = column.path("model").asString();
            List<JsonNode> rows = results.stream().filter(row -> model.equals(row.path("model").asString())).toList();
            long passed = rows.stream().filter(row -> row.path("passed").asBoolean()).count();
            long failedCalls = rows.stream().filter(row -> !row.path("succeeded").asBoolean()).count();
            long unpriced = rows.stream().filter(row -> !row.path("cost_usd").isNumber()).count();
            double meanScore = rows.stream().mapToDouble(row -> row.path("score").asDouble()).average().orElse(Double.NaN);
            BigDecimal cost = rows.stream().map(row -> ExperimentAudit.decimal(row.path("cost_usd"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal judgeCost = rows.stream().map(row -> ExperimentAudit.decimal(row.path("judge_cost_usd"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            softly.assertThat(column.path("results").asLong()).as("%s results", model).isEqualTo(rows.size());
            softly.assertThat(column.path("passed").asLong()).as("%s passed", model).isEqualTo(passed);
            softly.assertThat(column.path("failed_calls").asLong()).as("%s failed_calls", model).isEqualTo(failedCalls);
            softly.assertThat(column.path("unpriced_calls").asLong()).as("%s unpriced_calls", model).isEqualTo(unpriced);
            softly.assertThat(column.path("pass_rate").asDouble()).as("%s pass_rate", model)
                    .isCloseTo((double) passed / rows.size(), org.assertj.core.data.Offset.offset(1e-9));
            softly.assertThat(column.path("mean_score").asDouble()).as("%s mean_score", model)
                    .isCloseTo(meanScore, org.assertj.core.data.Offset.offset(1e-9));
            softly.assertThat(ExperimentAudit.decimal(column.path("total_cost_usd"))).as("%s total_cost_usd", model).isEqualByComparingTo(cost);
            softly.assertThat(ExperimentAudit.decimal(column.path("judge_cost_usd"))).as("%s judge_cost_usd", model).isEqualByComparingTo(judgeCost);
        }
    }
}
