package dev.dakora.fault;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * The log sink's part of a judge-free experiment: no score of it on {@code dakora.scores} (the eval worker left
 * its calls alone), no judge call logged, no judge cost, and each row scored as the suite scores its call
 * ({@link ExperimentRun#JUDGE_FREE_ASSERTIONS}: both assertions pass for a succeeded gpt-4o-mini call, the regex
 * fails for gpt-4o; a failed call passes nothing).
 */
record JudgeFreeAudit(ExperimentRun run, LocalInfrastructure infra) {

    /** Soft checks; returns the report's figures. */
    String check(SoftAssertions softly, JsonNode experiment, List<JsonNode> results) throws SQLException {
        Map<String, Integer> evalWorkerScores = TopicCounts.perCallId(infra.kafkaAddress(), "dakora.scores",
                event -> run.experimentId().equals(event.path("experiment_id").asString()));
        softly.assertThat(evalWorkerScores).as("scores of the judge-free experiment on dakora.scores").isEmpty();
        softly.assertThat(infra.count("SELECT count(*) FROM executions WHERE call_id LIKE '"
                + run.batchId().replace("'", "") + "-%:judge:%'")).as("logged judge calls").isZero();
        softly.assertThat(ExperimentAudit.decimal(experiment.path("judge_cost_usd"))).as("experiment judge_cost_usd").isZero();
        long failedCalls = 0;
        for (JsonNode result : results) {
            String call = result.path("call_id").asString();
            softly.assertThat(ExperimentAudit.decimal(result.path("judge_cost_usd"))).as("judge cost of %s", call).isZero();
            softly.assertThat(result.path("assertions").size()).as("assertions scored for %s", call).isEqualTo(2);
            if (!result.path("succeeded").asBoolean()) {
                failedCalls++;
                softly.assertThat(result.path("passed").asBoolean()).as("failed call %s passed", call).isFalse();
                continue;
            }
            boolean mini = result.path("model").asString().endsWith("gpt-4o-mini");
            softly.assertThat(result.path("score").asDouble()).as("score of %s", call)
                    .isEqualTo(mini ? ExperimentRun.JUDGE_FREE_MINI_SCORE : ExperimentRun.JUDGE_FREE_OTHER_SCORE);
            softly.assertThat(result.path("passed").asBoolean()).as("%s passed", call).isEqualTo(mini);
        }
        return "scored by the log sink: none on dakora.scores, no judge call, %d failed calls".formatted(failedCalls);
    }
}
