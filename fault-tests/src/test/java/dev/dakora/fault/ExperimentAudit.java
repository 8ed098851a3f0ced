package dev.dakora.fault;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * Checks a finished experiment: one result per evaluated call of its batch (none missing, none twice, none
 * foreign), through the API and in PostgreSQL ({@link ResultTable}), the experiment's and its columns'
 * aggregates equal to those recomputed from the result rows, and then who scored them: with a judge, the eval
 * worker ({@link JudgeAudit}, its judge calls' provider requests within {@code bound}); judge-free, the log
 * sink alone ({@link JudgeFreeAudit}).
 */
record ExperimentAudit(ExperimentRun run, LocalInfrastructure infra, Kill kill, RequestBound bound) {

    String verify() throws IOException, SQLException {
        DakoraApi api = run.api();
        JsonNode experiment = api.experiment(run.experimentId());
        List<JsonNode> results = api.experimentResults(run.experimentId());
        List<JsonNode> log = api.executions(run.batchId());
        Set<String> evaluated = log.stream().map(row -> row.path("call_id").asString()).collect(Collectors.toSet());
        Set<String> succeeded = log.stream().filter(row -> "succeeded".equals(row.path("status").asString()))
                .map(row -> row.path("call_id").asString()).collect(Collectors.toSet());
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(experiment.path("status").asString()).as("experiment status").isEqualTo("completed");
        softly.assertThat(experiment.path("total_calls").asLong()).as("experiment total_calls").isEqualTo(run.expectedCalls());
        softly.assertThat(experiment.path("scored_calls").asLong()).as("experiment scored_calls").isEqualTo(run.expectedCalls());
        softly.assertThat(results).as("experiment result rows").hasSize(run.expectedCalls());
        softly.assertThat(results.stream().map(row -> row.path("row").asInt() + "/" + row.path("model").asString() + "/"
                + row.path("sample").asInt()).collect(Collectors.toSet())).as("distinct (row, model, sample)").hasSize(results.size());
        Set<String> resultCalls = results.stream().map(row -> row.path("call_id").asString()).collect(Collectors.toSet());
        softly.assertThat(resultCalls).as("result call ids = the batch's logged calls").isEqualTo(evaluated);
        long passed = results.stream().filter(row -> row.path("passed").asBoolean()).count();
        softly.assertThat(experiment.path("passed").asLong()).as("experiment passed").isEqualTo(passed);
        ColumnFigures.check(softly, experiment.path("columns"), results);
        String table = new ResultTable(infra, run).check(softly, experiment);

        String scoring = run.judged()
                ? new JudgeAudit(run, infra, kill, bound).check(softly, experiment, results, evaluated, succeeded)
                : new JudgeFreeAudit(run, infra).check(softly, experiment, results);
        softly.assertAll();
        return "%s: %d results (%d passed), %s; %s".formatted(run.experimentId(), results.size(), passed, table, scoring);
    }

    static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
    }
}
