package dev.dakora.fault;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * The eval worker's part of an experiment with an LLM judge: one committed score per evaluated call on
 * {@code dakora.scores}, one judge call per succeeded evaluated call on {@code dakora.model-calls}, each judge
 * call logged once with its cost counted once in the result's {@code judge_cost_usd}, the judge's verdicts as
 * the provider gave them, and the judge calls' provider requests within {@code bound} ({@link RequestAudit}).
 */
record JudgeAudit(ExperimentRun run, LocalInfrastructure infra, Kill kill, RequestBound bound) {

    /** The eval worker's reason when a judge's prompt did not render: no judge call is made. */
    static final String NOT_MADE = "the judge prompt could not be made";

    /** Soft checks; returns the report's judge figures. */
    String check(SoftAssertions softly, JsonNode experiment, List<JsonNode> results, Set<String> evaluated,
                 Set<String> succeeded) throws SQLException {
        String bootstrap = infra.kafkaAddress();
        Map<String, Integer> scores = TopicCounts.perCallId(bootstrap, "dakora.scores",
                event -> run.experimentId().equals(event.path("experiment_id").asString()));
        softly.assertThat(scores.keySet()).as("committed scores' call ids").isEqualTo(evaluated);
        softly.assertThat(moreThanOnce(scores)).as("call ids with more than one committed score").isEmpty();
        Map<String, Integer> judgeCalls = TopicCounts.perCallId(bootstrap, "dakora.model-calls",
                event -> event.path("call_id").asString().startsWith(run.batchId() + "-") && event.path("call_id").asString().contains(":judge:"));
        // a succeeded call is judged unless its judge prompt could not be rendered (the render time limit, under load)
        Set<String> judged = results.stream().filter(row -> row.path("succeeded").asBoolean())
                .filter(row -> !judgeReason(row).contains(NOT_MADE)).map(row -> row.path("call_id").asString())
                .collect(Collectors.toSet());
        softly.assertThat(judged).as("judged calls among the succeeded").isSubsetOf(succeeded);
        softly.assertThat(judgeCalls.keySet()).as("committed judge calls").isEqualTo(judgeIds(judged));
        softly.assertThat(moreThanOnce(judgeCalls)).as("judge calls requested more than once").isEmpty();

        Map<String, Map<String, Object>> judgeLog = new HashMap<>();
        for (Map<String, Object> row : infra.rows("SELECT call_id, attempts, cost_usd, status FROM executions WHERE call_id LIKE '"
                + run.batchId().replace("'", "") + "-%:judge:%'")) {
            judgeLog.put((String) row.get("call_id"), row);
        }
        softly.assertThat(judgeLog.keySet()).as("logged judge calls").isEqualTo(judgeIds(judged));
        BigDecimal judgeCostLogged = judgeLog.values().stream().map(row -> (BigDecimal) row.get("cost_usd"))
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal judgeCostScored = BigDecimal.ZERO;
        for (JsonNode result : results) {
            Map<String, Object> judge = judgeLog.get(judgeId(result.path("call_id").asString()));
            BigDecimal logged = judge == null || judge.get("cost_usd") == null ? BigDecimal.ZERO : (BigDecimal) judge.get("cost_usd");
            judgeCostScored = judgeCostScored.add(ExperimentAudit.decimal(result.path("judge_cost_usd")));
            softly.assertThat(ExperimentAudit.decimal(result.path("judge_cost_usd"))).as("judge cost of %s", result.path("call_id").asString())
                    .isEqualByComparingTo(logged);
            if (judge != null && "succeeded".equals(judge.get("status"))) {
                int row = Integer.parseInt(result.path("inputs").path("row").asString().substring(1));
                softly.assertThat(result.path("assertions").path(ExperimentRun.JUDGE_INDEX).path("score").asDouble())
                        .as("the judge's verdict on %s", result.path("call_id").asString()).isEqualTo(FaultProvider.verdict(row));
            }
        }
        softly.assertThat(judgeCostScored).as("judge cost in the results vs the logged judge calls").isEqualByComparingTo(judgeCostLogged);
        softly.assertThat(ExperimentAudit.decimal(experiment.path("judge_cost_usd"))).as("experiment judge_cost_usd").isEqualByComparingTo(judgeCostLogged);

        String judgeRequests = new RequestAudit(run.provider().judgeRequestsPerCall(run.marker()), judgeAttempts(judgeLog.values()),
                kill, bound).check(softly);
        return "%d judged (%d judge prompts not rendered in time), judge calls: %s, judge cost %s"
                .formatted(judged.size(), succeeded.size() - judged.size(), judgeRequests, judgeCostLogged.toPlainString());
    }

    private static String judgeReason(JsonNode result) {
        return result.path("assertions").path(ExperimentRun.JUDGE_INDEX).path("reason").asString("");
    }

    private static Map<String, Integer> moreThanOnce(Map<String, Integer> counts) {
        Map<String, Integer> repeated = new HashMap<>(counts);
        repeated.values().removeIf(count -> count == 1);
        return repeated;
    }

    private static Set<String> judgeIds(Set<String> evaluatedCalls) {
        Set<String> ids = new HashSet<>();
        evaluatedCalls.forEach(call -> ids.add(judgeId(call)));
        return ids;
    }

    private static String judgeId(String evaluatedCall) {
        return evaluatedCall + ":judge:" + ExperimentRun.JUDGE_INDEX;
    }

    /** Logged attempts per judge call, keyed as {@link FaultProvider#callKey} of the graded model and row. */
    private Map<String, Long> judgeAttempts(java.util.Collection<Map<String, Object>> judgeLog) {
        Map<String, Long> perCall = new HashMap<>();
        for (Map<String, Object> row : judgeLog) {
            String[] parts = ((String) row.get("call_id")).substring(run.batchId().length() + 1).split(":");
            perCall.merge(FaultProvider.callKey(parts[1], Integer.parseInt(parts[0])), ((Number) row.get("attempts")).longValue(), Long::sum);
        }
        return perCall;
    }
}
