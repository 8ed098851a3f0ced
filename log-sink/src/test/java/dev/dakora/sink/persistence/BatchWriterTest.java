package dev.dakora.sink.persistence;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.JobStatus;
import dev.dakora.sink.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.batch;
import static org.assertj.core.api.Assertions.assertThat;

class BatchWriterTest {

    private static BatchWriter writer;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        writer = new BatchWriter(database.client());
        jdbc = database.jdbc();
    }

    @Test
    void should_record_submission_and_latest_counters_when_progress_arrives() {
        // given
        writer.submitted(List.of(batch("b1", 2, List.of("gpt-4o-mini", "o3-mini")))).block();

        // when
        writer.progressed(List.of(progress("b1", JobStatus.RUNNING, 1, "0.001"),
                progress("b1", JobStatus.COMPLETED, 2, "0.002"))).block();

        // then
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = 'b1'");
        assertThat(row).containsEntry("status", "completed").containsEntry("name", "nightly")
                .containsEntry("template_id", "greeting").containsEntry("total_jobs", 2)
                .containsEntry("completed_jobs", 2).containsEntry("total_calls", 4).containsEntry("completed_calls", 4)
                .containsEntry("total_tokens_in", 20L).containsEntry("total_tokens_out", 40L);
        assertThat((BigDecimal) row.get("total_cost_usd")).isEqualByComparingTo("0.002");
        assertThat(row.get("completed_at")).isNotNull();
    }

    @Test
    void should_not_move_counters_or_status_back_when_an_older_report_arrives_late() {
        // given
        writer.progressed(List.of(progress("b2", JobStatus.COMPLETED, 2, "0.002"))).block();

        // when
        writer.progressed(List.of(progress("b2", JobStatus.RUNNING, 1, "0.001"))).block();
        writer.submitted(List.of(batch("b2", 2, List.of("gpt-4o-mini", "o3-mini")))).block();

        // then
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = 'b2'");
        assertThat(row).containsEntry("status", "completed").containsEntry("completed_jobs", 2)
                .containsEntry("name", "nightly");
        assertThat((BigDecimal) row.get("total_cost_usd")).isEqualByComparingTo("0.002");
    }

    @Test
    void should_keep_the_first_final_status_when_a_later_report_names_another() {
        // given
        writer.progressed(List.of(progress("b3", JobStatus.COMPLETED, 2, "0.002"))).block();

        // when
        writer.progressed(List.of(progress("b3", JobStatus.CANCELLED, 2, "0.002"))).block();

        // then
        assertThat(jdbc.queryForObject("SELECT status FROM batches WHERE batch_id = 'b3'", String.class))
                .isEqualTo("completed");
    }

    @Test
    void should_move_a_running_batch_to_final_when_its_last_report_arrives() {
        // given
        writer.progressed(List.of(progress("b4", JobStatus.RUNNING, 1, "0.001"))).block();

        // when
        writer.progressed(List.of(progress("b4", JobStatus.CANCELLED, 2, "0.002"))).block();

        // then
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = 'b4'");
        assertThat(row).containsEntry("status", "cancelled").containsEntry("completed_jobs", 2);
        assertThat(row.get("completed_at")).isNotNull();
    }

    private static BatchProgressed progress(String batchId, JobStatus status, int jobs, String cost) {
        return new BatchProgressed(batchId, status, 2, jobs, 0, 4, jobs * 2, new BigDecimal(cost), jobs * 10L,
                jobs * 20L, AT.plusSeconds(jobs));
    }
}
