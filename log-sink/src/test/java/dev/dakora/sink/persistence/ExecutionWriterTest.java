package dev.dakora.sink.persistence;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.sink.support.TestDatabase;
import dev.dakora.sink.support.TestEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dakora.sink.support.TestEvents.failed;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static dev.dakora.sink.support.TestEvents.unpriced;
import static org.assertj.core.api.Assertions.assertThat;

class ExecutionWriterTest {

    private static ExecutionWriter writer;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        writer = new ExecutionWriter(database.client());
        jdbc = database.jdbc();
    }

    @Test
    void should_write_every_log_column_when_a_call_succeeded() {
        // given
        ModelCallCompleted call = succeeded("e1", "batch-e1", 4, "gpt-4o-mini");

        // when
        Long added = writer.write(List.of(call)).block();

        // then
        assertThat(added).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM executions WHERE call_id = ?", call.callId());
        assertThat(row).containsEntry("job_id", "e1").containsEntry("batch_id", "batch-e1").containsEntry("row_index", 4)
                .containsEntry("prompt_id", "greeting").containsEntry("version", "1.0.0")
                .containsEntry("output_text", "Hi from gpt-4o-mini").containsEntry("provider", "openai")
                .containsEntry("model", "gpt-4o-mini").containsEntry("tokens_in", 10L).containsEntry("tokens_out", 20L)
                .containsEntry("priced", true).containsEntry("latency_ms", 100L).containsEntry("status", "succeeded")
                .containsEntry("attempts", 1);
        assertThat((BigDecimal) row.get("cost_usd")).isEqualByComparingTo("0.001");
        assertThat(row.get("error")).isNull();
        assertThat(jdbc.queryForObject("SELECT inputs_json->>'row' FROM executions WHERE call_id = ?", String.class,
                call.callId())).isEqualTo("4");
        assertThat(jdbc.queryForObject("SELECT created_at = '2026-11-26T10:00:03Z' FROM executions WHERE call_id = ?",
                Boolean.class, call.callId())).isTrue();
    }

    @Test
    void should_log_a_cached_answer_as_cached_at_no_cost_and_other_calls_as_not_cached() {
        // given
        ModelCallCompleted provider = succeeded("e-cache", null, null, "gpt-4o-mini");
        ModelCallCompleted cached = new ModelCallCompleted(TestEvents.callId("e-cache", "gpt-4o"), "e-cache", null, null,
                "greeting", "1.0.0", "gpt-4o", "openai", CallStatus.SUCCEEDED, "Hi", 10, 20, BigDecimal.ZERO, true, 0,
                null, 0, Map.of(), Instant.parse("2026-11-26T10:00:04Z"), null, true, null);

        // when
        writer.write(List.of(provider, cached)).block();

        // then
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT model, cached, cost_usd, tokens_in, attempts FROM executions WHERE job_id = 'e-cache' ORDER BY model");
        assertThat(rows.get(0)).containsEntry("model", "gpt-4o").containsEntry("cached", true)
                .containsEntry("tokens_in", 10L).containsEntry("attempts", 0);
        assertThat((BigDecimal) rows.get(0).get("cost_usd")).isEqualByComparingTo("0");
        assertThat(rows.get(1)).containsEntry("model", "gpt-4o-mini").containsEntry("cached", false);
    }

    @Test
    void should_leave_cost_null_when_the_call_is_unpriced_or_failed() {
        // given
        List<ModelCallCompleted> calls = List.of(unpriced("e2", null, null, "echo"),
                failed("e2", null, null, "claude-3-5-haiku-latest"));

        // when
        writer.write(calls).block();

        // then
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT cost_usd, priced, status, error, batch_id, row_index FROM executions WHERE job_id = 'e2' ORDER BY model DESC");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("priced", false).containsEntry("status", "succeeded")
                .containsEntry("batch_id", null).containsEntry("row_index", null);
        assertThat(rows.get(0).get("cost_usd")).isNull();
        assertThat(rows.get(1)).containsEntry("status", "failed")
                .containsEntry("error", "no API key for provider anthropic");
        assertThat(rows.get(1).get("cost_usd")).isNull();
    }

    @Test
    void should_store_the_prompt_the_call_was_sent_with() {
        // given
        ModelCallCompleted plain = succeeded("e4", null, null, "gpt-4o-mini");
        ModelCallCompleted call = withPrompt(plain, "Hello row 7, in full");

        // when
        writer.write(List.of(call)).block();

        // then
        assertThat(jdbc.queryForObject("SELECT prompt FROM executions WHERE call_id = ?", String.class, call.callId()))
                .isEqualTo("Hello row 7, in full");
    }

    @Test
    void should_leave_the_prompt_null_when_the_result_does_not_carry_it() {
        // given
        ModelCallCompleted call = succeeded("e5", null, null, "gpt-4o-mini");

        // when
        writer.write(List.of(call)).block();

        // then
        assertThat(jdbc.queryForObject("SELECT prompt FROM executions WHERE call_id = ?", String.class, call.callId()))
                .isNull();
    }

    private static ModelCallCompleted withPrompt(ModelCallCompleted c, String prompt) {
        return new ModelCallCompleted(c.callId(), c.jobId(), c.batchId(), c.rowIndex(), c.templateId(), c.version(),
                c.model(), c.provider(), c.status(), c.output(), c.tokensIn(), c.tokensOut(), c.costUsd(), c.priced(),
                c.latencyMs(), c.error(), c.attempts(), c.inputs(), c.completedAt(), prompt);
    }

    @Test
    void should_add_no_row_when_a_call_id_is_written_again() {
        // given
        ModelCallCompleted call = succeeded("e3", null, null, "gpt-4o-mini");
        writer.write(List.of(call)).block();

        // when: again, and twice within one batch
        Long added = writer.write(List.of(call, call, succeeded("e3", null, null, "o3-mini"))).block();

        // then
        assertThat(added).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM executions WHERE job_id = 'e3'", Long.class)).isEqualTo(2);
    }

    @Test
    void should_write_nothing_when_the_batch_is_empty() {
        // when
        Long added = writer.write(List.of()).block();

        // then
        assertThat(added).isZero();
    }
}
