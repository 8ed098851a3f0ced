package dev.dakora.sink.it;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.judgeCall;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.scored;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = "dakora.log-sink.streams.application-id=log-sink-it")
class LogSinkIntegrationTest extends SinkIntegration {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "claude-3-5-haiku-latest", "gemini-2.0-flash");

    @Test
    void should_log_300_calls_and_complete_the_batch_when_100_rows_run_against_3_models() {
        // given
        String batchId = "it-big";
        List<ModelCallCompleted> calls = publishBatch(batchId, 100);

        // when
        calls.forEach(call -> kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call));
        kafka.flush();

        // then
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM executions WHERE batch_id = ?", batchId)).isEqualTo(300);
            assertThat(count("SELECT count(*) FROM jobs WHERE batch_id = ? AND status = 'completed'", batchId))
                    .isEqualTo(100);
            assertThat(jdbc.queryForObject("SELECT status FROM batches WHERE batch_id = ?", String.class, batchId))
                    .isEqualTo("completed");
        });
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = ?", batchId);
        assertThat(row).containsEntry("total_jobs", 100).containsEntry("completed_jobs", 100)
                .containsEntry("failed_jobs", 0).containsEntry("total_calls", 300).containsEntry("completed_calls", 300)
                .containsEntry("total_tokens_in", 3000L).containsEntry("total_tokens_out", 6000L);
        assertThat((BigDecimal) row.get("total_cost_usd")).isEqualByComparingTo("0.300");
        assertThat(jdbc.queryForObject("SELECT sum(cost_usd) FROM executions WHERE batch_id = ?", BigDecimal.class,
                batchId)).isEqualByComparingTo("0.300");
        assertThat(count("SELECT count(*) FROM jobs WHERE batch_id = ? AND result IS NOT NULL AND completed_at IS NOT NULL",
                batchId)).isEqualTo(100);
    }

    @Test
    void should_add_no_row_and_no_cost_when_call_results_are_redelivered() throws Exception {
        // given
        String batchId = "it-again";
        List<ModelCallCompleted> calls = publishBatch(batchId, 100);
        calls.forEach(call -> kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call));
        kafka.flush();
        await().atMost(PATIENCE).until(() -> "completed".equals(
                jdbc.queryForList("SELECT status FROM batches WHERE batch_id = ?", String.class, batchId)
                        .stream().findFirst().orElse(null)));

        // when
        calls.forEach(call -> kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call));
        kafka.flush();

        // then: once the sink and the aggregation have read past the redelivered results
        await().atMost(PATIENCE).until(() -> kafka.caughtUp("dakora-log-sink." + Topics.CALL_RESULTS.name(),
                Topics.CALL_RESULTS.name()) && kafka.caughtUp("log-sink-it", Topics.CALL_RESULTS.name())
                && kafka.caughtUp("log-sink-it", "log-sink-it-batch-signals-repartition"));
        assertThat(count("SELECT count(*) FROM executions WHERE batch_id = ?", batchId)).isEqualTo(300);
        List<BatchProgressed> reports = progressOf(batchId);
        assertThat(reports).isNotEmpty().allSatisfy(report -> {
            assertThat(report.completedCalls()).isLessThanOrEqualTo(300);
            assertThat(report.totalCostUsd()).isLessThanOrEqualTo(new BigDecimal("0.300"));
            assertThat(report.totalTokensIn()).isLessThanOrEqualTo(3000);
        });
        assertThat((BigDecimal) jdbc.queryForObject("SELECT total_cost_usd FROM batches WHERE batch_id = ?",
                BigDecimal.class, batchId)).isEqualByComparingTo("0.300");
    }

    @Test
    void should_send_an_unreadable_call_result_to_its_dead_letter_topic_and_go_on() throws Exception {
        // given
        byte[] poison = "{\"event\":\"nonsense\"".getBytes(StandardCharsets.UTF_8);
        ModelCallCompleted next = succeeded("it-after-poison", null, null, "gpt-4o-mini");

        // when: both on the same partition, the poison first
        kafka.send(Topics.CALL_RESULTS.name(), next.jobId(), poison);
        kafka.send(Topics.CALL_RESULTS.name(), next.jobId(), next);
        kafka.flush();

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM executions WHERE job_id = ?", next.jobId())).isEqualTo(1));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(kafka.readAll(Topics.CALL_RESULTS.deadLetter())).extracting(ConsumerRecord::value)
                        .anySatisfy(value -> assertThat(value).isEqualTo(poison)));
        assertThat(kafka.readAll(Topics.CALL_RESULTS.deadLetter())).extracting(ConsumerRecord::key)
                .containsOnlyOnce(next.jobId());
    }

    @Test
    void should_write_held_back_call_results_when_the_database_accepts_writes_again() throws Exception {
        // given: writes to the execution log fail (its table is gone for a while)
        ModelCallCompleted call = succeeded("it-outage", null, null, "gpt-4o-mini");
        long rollbacks = rollbacks();
        jdbc.execute("ALTER TABLE executions RENAME TO executions_away");
        try {
            // when
            kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call);
            kafka.flush();
            await().atMost(PATIENCE).until(() -> rollbacks() > rollbacks);
        } finally {
            jdbc.execute("ALTER TABLE executions_away RENAME TO executions");
        }

        // then: the record was retried, not dropped nor dead-lettered
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM executions WHERE job_id = ?", call.jobId())).isEqualTo(1));
        assertThat(kafka.readAll(Topics.CALL_RESULTS.deadLetter())).extracting(ConsumerRecord::key)
                .doesNotContain(call.jobId());
    }

    @Test
    void should_store_each_score_once_when_scores_are_redelivered() throws Exception {
        // given
        List<CallScored> scores = List.of(scored("it-exp", "it-exp-0", 1), scored("it-exp", "it-exp-1", 2));
        scores.forEach(score -> kafka.send(Topics.SCORES.name(), score.jobId(), score));
        kafka.flush();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM experiment_results WHERE experiment_id = 'it-exp'")).isEqualTo(2));

        // when
        scores.forEach(score -> kafka.send(Topics.SCORES.name(), score.jobId(), score));
        kafka.flush();

        // then
        await().atMost(PATIENCE).until(() -> kafka.caughtUp("dakora-log-sink." + Topics.SCORES.name(),
                Topics.SCORES.name()));
        assertThat(count("SELECT count(*) FROM experiment_results WHERE experiment_id = 'it-exp'")).isEqualTo(2);
    }

    @Test
    void should_log_a_judge_call_with_its_cost_and_leave_it_out_of_the_batch() throws Exception {
        // given
        String batchId = "it-judged";
        List<ModelCallCompleted> calls = publishBatch(batchId, 2);

        // when: the batch's calls and a judge call made for one of them
        kafka.send(Topics.CALL_RESULTS.name(), batchId + "-0:judge", judgeCall(calls.getFirst()));
        calls.forEach(call -> kafka.send(Topics.CALL_RESULTS.name(), call.jobId(), call));
        kafka.flush();

        // then
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT status FROM batches WHERE batch_id = ?", String.class, batchId))
                    .containsExactly("completed");
            assertThat(count("SELECT count(*) FROM executions WHERE job_id = ?", batchId + "-0:judge")).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("SELECT cost_usd FROM executions WHERE job_id = ?", BigDecimal.class,
                batchId + "-0:judge")).isEqualByComparingTo("0.5");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = ?", batchId);
        assertThat(row).containsEntry("total_calls", 6).containsEntry("completed_calls", 6)
                .containsEntry("total_tokens_in", 60L);
        assertThat((BigDecimal) row.get("total_cost_usd")).isEqualByComparingTo("0.006");
        assertThat(count("SELECT count(*) FROM jobs WHERE job_id = ?", batchId + "-0:judge")).isZero();
    }

    /** Publishes the batch, its jobs and their renders; returns the call results its models would send. */
    private static List<ModelCallCompleted> publishBatch(String batchId, int rows) {
        kafka.send(Topics.JOBS.name(), batchId, batch(batchId, rows, MODELS));
        List<ModelCallCompleted> calls = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String jobId = batchId + "-" + row;
            kafka.send(Topics.JOBS.name(), jobId, compareJob(jobId, batchId, row, MODELS));
            kafka.send(Topics.RENDERS.name(), jobId, rendered(jobId, batchId, row, MODELS));
            for (String model : MODELS) {
                calls.add(succeeded(jobId, batchId, row, model));
            }
        }
        return calls;
    }

    private static List<BatchProgressed> progressOf(String batchId) throws Exception {
        return kafka.readAll(Topics.RESULTS.name()).stream()
                .filter(record -> batchId.equals(record.key()))
                .map(record -> EventJson.read(record.value(), ResultEvent.class))
                .filter(BatchProgressed.class::isInstance).map(BatchProgressed.class::cast).toList();
    }


    private static long rollbacks() {
        return jdbc.queryForObject("SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()",
                Long.class);
    }
}
