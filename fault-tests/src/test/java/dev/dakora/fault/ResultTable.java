package dev.dakora.fault;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * An experiment's rows as PostgreSQL holds them, read straight from the database the roles share: exactly one
 * {@code experiment_results} row per (row, model, sample) cell, exactly one {@code executions} row per scored
 * call and no logged call of the batch without its score, each score carrying its call's logged cost and
 * tokens, and the cost summed over the results equal to the cost summed once per distinct call id of the log
 * and to the experiment's columns' {@code total_cost_usd} (no call billed twice).
 */
record ResultTable(SqlReads infra, ExperimentRun run) {

    /** Soft checks; returns the report's figures. */
    String check(SoftAssertions softly, JsonNode experiment) throws SQLException {
        String experimentId = literal(run.experimentId());
        String batchId = literal(run.batchId());
        List<Map<String, Object>> cells = infra.rows("SELECT dataset_row, model, sample, count(*) AS copies FROM experiment_results"
                + " WHERE experiment_id = " + experimentId + " GROUP BY dataset_row, model, sample");
        softly.assertThat(cells).as("(row, model, sample) cells in experiment_results").hasSize(run.expectedCalls());
        softly.assertThat(cells).as("cells with more than one experiment_results row")
                .filteredOn(cell -> ((Number) cell.get("copies")).longValue() != 1).isEmpty();
        softly.assertThat(infra.count("SELECT count(*) FROM experiment_results r WHERE r.experiment_id = " + experimentId
                        + " AND (SELECT count(*) FROM executions e WHERE e.call_id = r.call_id) <> 1"))
                .as("scored calls without exactly one executions row").isZero();
        softly.assertThat(infra.count("SELECT count(*) FROM executions e WHERE e.batch_id = " + batchId
                        + " AND NOT EXISTS (SELECT 1 FROM experiment_results r WHERE r.call_id = e.call_id)"))
                .as("logged calls of the batch without a score").isZero();
        softly.assertThat(infra.count("SELECT count(*) FROM experiment_results r JOIN executions e USING (call_id)"
                        + " WHERE r.experiment_id = " + experimentId + " AND (r.cost_usd IS DISTINCT FROM e.cost_usd"
                        + " OR r.tokens_in <> e.tokens_in OR r.tokens_out <> e.tokens_out OR r.model <> e.model)"))
                .as("scores whose cost, tokens or model differ from their logged call's").isZero();

        BigDecimal scoredCost = sum("SELECT sum(cost_usd) FROM experiment_results WHERE experiment_id = " + experimentId);
        BigDecimal loggedCost = sum("SELECT sum(cost_usd) FROM (SELECT DISTINCT call_id, cost_usd FROM executions"
                + " WHERE batch_id = " + batchId + ") AS calls");
        BigDecimal columnsCost = BigDecimal.ZERO;
        for (JsonNode column : experiment.path("columns")) {
            columnsCost = columnsCost.add(ExperimentAudit.decimal(column.path("total_cost_usd")));
        }
        softly.assertThat(scoredCost).as("cost summed over experiment_results vs once per logged call id").isEqualByComparingTo(loggedCost);
        softly.assertThat(columnsCost).as("the columns' total_cost_usd vs once per logged call id").isEqualByComparingTo(loggedCost);
        long passed = infra.count("SELECT count(*) FROM experiment_results WHERE passed AND experiment_id = " + experimentId);
        softly.assertThat(experiment.path("passed").asLong()).as("experiment passed vs experiment_results").isEqualTo(passed);
        return "PostgreSQL: %d cells, %d passed, cost %s".formatted(cells.size(), passed, loggedCost.toPlainString());
    }

    private BigDecimal sum(String sql) throws SQLException {
        Object sum = infra.rows(sql).getFirst().get("sum");
        return sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "") + "'";
    }
}
