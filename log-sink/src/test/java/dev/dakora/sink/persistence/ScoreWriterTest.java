package dev.dakora.sink.persistence;

import dev.dakora.common.event.CallScored;
import dev.dakora.sink.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreWriterTest {

    private static ScoreWriter writer;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        writer = new ScoreWriter(database.client());
        jdbc = database.jdbc();
    }

    static CallScored score(String experimentId, String jobId, int row, BigDecimal cost, boolean passed) {
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("type", "contains");
        assertion.put("passed", passed);
        assertion.put("score", passed ? 1.0 : 0.0);
        assertion.put("weight", 1.0);
        assertion.put("reason", passed ? null : "'Paris' is not in the output");
        return new CallScored(experimentId, jobId + ":echo:0", jobId, "batch-" + experimentId, row, row - 1, "1.0.0",
                "echo", 0, true, passed, passed ? 1.0 : 0.0, 12, cost, cost != null, new BigDecimal("0.0004"), 3, 4,
                "It is Paris", null, List.of(assertion), Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void should_store_every_column_of_a_score() {
        // given
        CallScored score = score("exp-1", "s1", 2, new BigDecimal("0.002"), true);

        // when
        Long added = writer.write(List.of(score)).block();

        // then
        assertThat(added).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM experiment_results WHERE call_id = ?", score.callId());
        assertThat(row).containsEntry("experiment_id", "exp-1").containsEntry("job_id", "s1")
                .containsEntry("batch_id", "batch-exp-1").containsEntry("dataset_row", 2).containsEntry("row_index", 1)
                .containsEntry("version", "1.0.0").containsEntry("model", "echo").containsEntry("sample", 0)
                .containsEntry("succeeded", true).containsEntry("passed", true).containsEntry("score", 1.0)
                .containsEntry("latency_ms", 12L).containsEntry("priced", true).containsEntry("tokens_in", 3L)
                .containsEntry("tokens_out", 4L).containsEntry("output", "It is Paris").containsEntry("error", null);
        assertThat((BigDecimal) row.get("cost_usd")).isEqualByComparingTo("0.002");
        assertThat((BigDecimal) row.get("judge_cost_usd")).isEqualByComparingTo("0.0004");
        assertThat(jdbc.queryForObject("SELECT assertions->0->>'type' FROM experiment_results WHERE call_id = ?",
                String.class, score.callId())).isEqualTo("contains");
        assertThat(jdbc.queryForObject("SELECT scored_at = '2026-12-01T10:00:00Z' FROM experiment_results WHERE call_id = ?",
                Boolean.class, score.callId())).isTrue();
    }

    @Test
    void should_leave_cost_null_when_the_evaluated_call_is_unpriced() {
        CallScored score = score("exp-2", "s2", 1, null, false);

        writer.write(List.of(score)).block();

        Map<String, Object> row = jdbc.queryForMap("SELECT cost_usd, priced, passed FROM experiment_results WHERE call_id = ?",
                score.callId());
        assertThat(row.get("cost_usd")).isNull();
        assertThat(row).containsEntry("priced", false).containsEntry("passed", false);
    }

    @Test
    void should_store_a_score_once_when_it_is_delivered_again() {
        // given
        CallScored score = score("exp-3", "s3", 1, BigDecimal.ONE, true);
        writer.write(List.of(score)).block();

        // when: again, and twice within one batch
        Long added = writer.write(List.of(score, score, score("exp-3", "s3b", 2, BigDecimal.ONE, false))).block();

        // then
        assertThat(added).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM experiment_results WHERE experiment_id = 'exp-3'", Long.class))
                .isEqualTo(2);
    }
}
