package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import dev.dakora.testsupport.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ResultTable} against the log sink's own schema (its migrations, in an embedded PostgreSQL): an
 * experiment of 2 rows x 2 models whose four calls are logged and scored once passes; a cell scored twice, a
 * logged call without a score and a score whose cost is not its call's each fail.
 */
class ResultTableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ExperimentRun RUN = new ExperimentRun(null, null, "[t]", "exp-1", "batch-1", 2, false);
    /** The columns as the gateway reports them for the four calls below: 0.001 each, two passed. */
    private static final JsonNode EXPERIMENT = JSON.readTree("""
            {"passed": 2, "columns": [{"total_cost_usd": 0.002}, {"total_cost_usd": 0.002}]}""");

    private TestDatabase database;
    private SqlReads reads;

    @BeforeEach
    void migratedDatabaseWithFourCallsLoggedAndScored() {
        database = TestDatabase.create("result_table");
        database.migrate(flyway -> flyway.locations("filesystem:" + Jars.root().resolve("log-sink/src/main/resources/db/migration/log-sink"))
                .table("log_sink_schema_history"));
        reads = new Reads(database);
        for (int row = 0; row < 2; row++) {
            for (String model : BatchRun.MODELS) {
                String call = "batch-1-" + row + "-" + model;
                logCall(call, row, "0.001");
                score(call, row, model, "0.001", model.endsWith("mini"));
            }
        }
    }

    @Test
    void should_find_nothing_wrong_when_every_cell_has_one_score_of_one_logged_call() throws SQLException {
        // when
        SoftAssertions softly = new SoftAssertions();
        String figures = new ResultTable(reads, RUN).check(softly, EXPERIMENT);

        // then
        assertThat(softly.errorsCollected()).isEmpty();
        assertThat(figures).isEqualTo("PostgreSQL: 4 cells, 2 passed, cost 0.004");
    }

    @Test
    void should_report_a_cell_scored_twice_under_two_call_ids() throws SQLException {
        // given: the same cell logged and scored again under another call id
        logCall("batch-1-0-again", 0, "0.001");
        score("batch-1-0-again", 0, BatchRun.MODELS.getFirst(), "0.001", false);

        // when
        SoftAssertions softly = new SoftAssertions();
        new ResultTable(reads, RUN).check(softly, EXPERIMENT);

        // then
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).anyMatch(message -> message.contains("more than one"))
                .anyMatch(message -> message.contains("total_cost_usd"));
    }

    @Test
    void should_report_a_logged_call_without_a_score() throws SQLException {
        // given
        logCall("batch-1-unscored", 1, "0.001");

        // when
        SoftAssertions softly = new SoftAssertions();
        new ResultTable(reads, RUN).check(softly, EXPERIMENT);

        // then
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).anyMatch(message -> message.contains("without a score"));
    }

    @Test
    void should_report_a_score_whose_cost_is_not_its_calls() throws SQLException {
        // given
        database.execute("UPDATE experiment_results SET cost_usd = 0.002 WHERE call_id = 'batch-1-1-" + BatchRun.MODELS.getLast() + "'");

        // when
        SoftAssertions softly = new SoftAssertions();
        new ResultTable(reads, RUN).check(softly, EXPERIMENT);

        // then
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage)
                .anyMatch(message -> message.contains("differ from their logged call's"))
                .anyMatch(message -> message.contains("once per logged call id"));
    }

    private void logCall(String call, int row, String cost) {
        database.execute("INSERT INTO executions (call_id, job_id, batch_id, row_index, inputs_json, model, tokens_in, tokens_out,"
                + " cost_usd, priced, latency_ms, status, attempts, created_at) VALUES ('" + call + "', 'batch-1-" + row
                + "', 'batch-1', " + row + ", '{}', '" + modelOf(call) + "', 12, 7, " + cost + ", true, 200, 'succeeded', 1, now())");
    }

    private void score(String call, int row, String model, String cost, boolean passed) {
        database.execute("INSERT INTO experiment_results (call_id, experiment_id, job_id, batch_id, dataset_row, row_index, model,"
                + " sample, succeeded, passed, score, latency_ms, cost_usd, priced, tokens_in, tokens_out, assertions, scored_at)"
                + " VALUES ('" + call + "', 'exp-1', 'batch-1-" + row + "', 'batch-1', " + row + ", " + row + ", '" + model
                + "', 0, true, " + passed + ", 1.0, 200, " + cost + ", true, 12, 7, '[]', now())");
    }

    private static String modelOf(String call) {
        return BatchRun.MODELS.stream().filter(call::endsWith).findFirst().orElse(BatchRun.MODELS.getFirst());
    }

    /** {@link SqlReads} over a test database. */
    private record Reads(TestDatabase database) implements SqlReads {

        @Override
        public Connection connect() throws SQLException {
            return database.connect();
        }
    }
}
