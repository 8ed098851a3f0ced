package dev.dakora.sink.it;

import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.failed;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Judge-free experiment calls scored by the log sink itself, with no eval worker running. */
@TestPropertySource(properties = "dakora.log-sink.streams.application-id=log-sink-scoring-it")
class JudgeFreeScoringIntegrationTest extends SinkIntegration {

    private static final String CALL_RESULTS_GROUP = "dakora-log-sink." + Topics.CALL_RESULTS.name();

    @Test
    void should_score_judge_free_calls_with_their_execution_rows_and_store_a_redelivered_one_once() throws Exception {
        // given
        define("exp-free", List.of(Map.of("type", "contains", "value", "gpt-4o")));
        ModelCallCompleted passing = judgeFree(succeeded("free-0", "batch-free", 0, "gpt-4o-mini"), "exp-free", 1);
        ModelCallCompleted failing = judgeFree(succeeded("free-1", "batch-free", 1, "claude-3-5-haiku-latest"), "exp-free", 2);
        ModelCallCompleted failedCall = judgeFree(failed("free-2", "batch-free", 2, "gpt-4o-mini"), "exp-free", 3);

        // when: each published twice, as after an upstream crash
        for (int i = 0; i < 2; i++) {
            List.of(passing, failing, failedCall).forEach(call -> kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call));
        }
        kafka.flush();

        // then
        await().atMost(PATIENCE).until(() -> kafka.caughtUp(CALL_RESULTS_GROUP, Topics.CALL_RESULTS.name()));
        assertThat(count("SELECT count(*) FROM executions WHERE batch_id = 'batch-free'")).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT call_id, passed, score, dataset_row FROM experiment_results"
                + " WHERE experiment_id = 'exp-free' ORDER BY dataset_row")).containsExactly(
                row(passing.callId(), true, 1.0, 1), row(failing.callId(), false, 0.0, 2), row(failedCall.callId(), false, 0.0, 3));
        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM experiment_results WHERE call_id = ?", passing.callId());
        assertThat(first).containsEntry("job_id", "free-0").containsEntry("batch_id", "batch-free")
                .containsEntry("row_index", 0).containsEntry("model", "gpt-4o-mini").containsEntry("sample", 0)
                .containsEntry("succeeded", true).containsEntry("tokens_in", 10L).containsEntry("tokens_out", 20L)
                .containsEntry("output", "Hi from gpt-4o-mini");
        assertThat((BigDecimal) first.get("cost_usd")).isEqualByComparingTo("0.001");
        assertThat((BigDecimal) first.get("judge_cost_usd")).isEqualByComparingTo("0");
        assertThat(first.get("assertions").toString()).contains("\"type\": \"contains\"", "\"passed\": true");
        assertThat(jdbc.queryForObject("SELECT assertions::text FROM experiment_results WHERE call_id = ?", String.class,
                failedCall.callId())).contains("the call failed");
    }

    @Test
    void should_leave_a_call_of_an_experiment_with_judges_to_the_eval_worker() throws Exception {
        // given
        define("exp-judged", List.of(Map.of("type", "llm-judge", "rubric", "Is it polite?", "model", "gpt-4o-mini")));
        ModelCallCompleted call = succeeded("judged-0", "batch-judged", 0, "gpt-4o-mini")
                .withEval(EvalContext.of("exp-judged", 1, null));

        // when
        kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call);
        kafka.flush();

        // then
        await().atMost(PATIENCE).until(() -> kafka.caughtUp(CALL_RESULTS_GROUP, Topics.CALL_RESULTS.name()));
        assertThat(count("SELECT count(*) FROM executions WHERE call_id = '" + call.callId() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM experiment_results WHERE experiment_id = 'exp-judged'")).isZero();
    }

    @Test
    void should_store_an_evaluation_error_for_a_definition_that_cannot_be_compiled_and_go_on() throws Exception {
        // given
        define("exp-broken", List.of(Map.of("type", "no-such-assertion")));
        define("exp-fine", List.of(Map.of("type", "contains", "value", "Hi")));
        ModelCallCompleted broken = judgeFree(succeeded("broken-0", "batch-broken", 0, "gpt-4o-mini"), "exp-broken", 1);
        ModelCallCompleted fine = judgeFree(succeeded("broken-0", "batch-broken", 0, "gemini-2.0-flash"), "exp-fine", 1);

        // when: on one partition, the broken one first
        kafka.send(Topics.CALL_RESULTS.name(), broken.jobId(), broken);
        kafka.send(Topics.CALL_RESULTS.name(), fine.jobId(), fine);
        kafka.flush();

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                count("SELECT count(*) FROM experiment_results WHERE experiment_id IN ('exp-broken', 'exp-fine')")).isEqualTo(2));
        assertThat(jdbc.queryForObject("SELECT assertions::text FROM experiment_results WHERE experiment_id = 'exp-broken'",
                String.class)).contains("evaluation-error", "cannot be compiled");
        assertThat(jdbc.queryForObject("SELECT passed FROM experiment_results WHERE experiment_id = 'exp-fine'",
                Boolean.class)).isTrue();
        assertThat(count("SELECT count(*) FROM executions WHERE job_id = 'broken-0'")).isEqualTo(2);
    }

    private static void define(String experimentId, List<Map<String, Object>> assertions) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", experimentId);
        spec.put("template", "greeting");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("gpt-4o-mini"));
        spec.put("dataset", Map.of("name", "rows", "version", "1.0.0"));
        spec.put("assertions", assertions);
        ExperimentDefined defined = new ExperimentDefined(experimentId, experimentId, "greeting", spec, Map.of(),
                Map.of("1.0.0", "batch-" + experimentId), 3, 3, AT);
        kafka.send(Topics.EXPERIMENTS.name(), experimentId, defined);
        kafka.flush();
    }

    private static ModelCallCompleted judgeFree(ModelCallCompleted call, String experimentId, int datasetRow) {
        return call.withEval(EvalContext.of(experimentId, datasetRow, null, true));
    }

    private static Map<String, Object> row(String callId, boolean passed, double score, int datasetRow) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("call_id", callId);
        row.put("passed", passed);
        row.put("score", score);
        row.put("dataset_row", datasetRow);
        return row;
    }
}
