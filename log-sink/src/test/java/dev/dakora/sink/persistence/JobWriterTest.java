package dev.dakora.sink.persistence;

import dev.dakora.common.event.ComparisonResult;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelResult;
import dev.dakora.sink.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

class JobWriterTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini");

    private static JobWriter writer;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        writer = new JobWriter(database.client());
        jdbc = database.jdbc();
    }

    @Test
    void should_move_job_from_queued_to_running_to_completed_when_events_arrive_in_order() {
        // given
        writer.submitted(List.of(compareJob("j1", "b", 2, MODELS))).block();
        assertThat(status("j1")).isEqualTo("queued");

        // when
        writer.rendered(List.of(rendered("j1", "b", 2, MODELS))).block();
        String running = status("j1");
        writer.completed(List.of(completed("j1", JobStatus.COMPLETED))).block();

        // then
        assertThat(running).isEqualTo("running");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM jobs WHERE job_id = 'j1'");
        assertThat(row).containsEntry("status", "completed").containsEntry("type", "compare")
                .containsEntry("template_id", "greeting").containsEntry("version", "1.0.0")
                .containsEntry("batch_id", "b").containsEntry("row_index", 2).containsEntry("rendered", "Hello row 2");
        assertThat(jdbc.queryForObject("SELECT result->>'successful_count' FROM jobs WHERE job_id = 'j1'", String.class))
                .isEqualTo("1");
        assertThat(jdbc.queryForObject("SELECT models->>0 FROM jobs WHERE job_id = 'j1'", String.class))
                .isEqualTo("gpt-4o-mini");
        assertThat(row.get("completed_at")).isNotNull();
    }

    @Test
    void should_keep_the_final_status_when_submission_and_render_arrive_after_completion() {
        // given
        writer.completed(List.of(completed("j2", JobStatus.COMPLETED))).block();

        // when
        writer.rendered(List.of(rendered("j2", "b", 2, MODELS))).block();
        writer.submitted(List.of(compareJob("j2", "b", 2, MODELS))).block();
        writer.completed(List.of(completed("j2", JobStatus.FAILED))).block();

        // then
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM jobs WHERE job_id = 'j2'");
        assertThat(row).containsEntry("status", "completed").containsEntry("type", "compare");
        assertThat(row.get("inputs")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT created_at = ? FROM jobs WHERE job_id = 'j2'", Boolean.class,
                java.sql.Timestamp.from(AT))).as("created_at is the submission time").isTrue();
    }

    @Test
    void should_write_one_row_per_job_when_a_batch_holds_a_job_twice() {
        // when
        writer.submitted(List.of(compareJob("j3", null, null, MODELS), compareJob("j3", null, null, MODELS))).block();
        writer.rendered(List.of(rendered("j3", null, null, MODELS), rendered("j3", null, null, MODELS))).block();

        // then
        assertThat(jdbc.queryForObject("SELECT count(*) FROM jobs WHERE job_id = 'j3'", Long.class)).isEqualTo(1);
        assertThat(status("j3")).isEqualTo("running");
    }

    private static JobCompleted completed(String jobId, JobStatus status) {
        ComparisonResult result = ComparisonResult.of(List.of(ModelResult.of(succeeded(jobId, "b", 2, MODELS.getFirst()))));
        return new JobCompleted(jobId, "b", 2, JobType.COMPARE, status, "greeting", "1.0.0", "Hello row 2", result, null,
                AT.plusSeconds(5));
    }

    private static String status(String jobId) {
        return jdbc.queryForObject("SELECT status FROM jobs WHERE job_id = ?", String.class, jobId);
    }
}
