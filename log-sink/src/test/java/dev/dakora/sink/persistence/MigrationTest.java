package dev.dakora.sink.persistence;

import dev.dakora.sink.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {

    @Test
    void should_create_its_tables_when_the_gateway_already_migrated_the_schema() {
        // given: a schema with another module's tables and history
        TestDatabase database = TestDatabase.createEmpty();
        JdbcTemplate jdbc = database.jdbc();
        jdbc.execute("CREATE TABLE flyway_history_gateway (installed_rank int PRIMARY KEY)");
        jdbc.execute("CREATE TABLE api_keys (id text PRIMARY KEY)");

        // when
        database.migrate();

        // then
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", String.class))
                .contains("executions", "jobs", "batches", "log_sink_positions", "experiment_results", "flyway_history_log_sink",
                        "api_keys");
        assertThat(jdbc.queryForObject("SELECT max(version) FROM flyway_history_log_sink WHERE success", String.class))
                .isEqualTo("6");
    }

    @Test
    void should_name_a_batch_stored_without_a_name_after_its_template_and_time_when_migrating_to_version_3() {
        // given: batches written before batches were named by default
        TestDatabase database = TestDatabase.createEmpty();
        JdbcTemplate jdbc = database.jdbc();
        LogSinkFlyway.configure(Flyway.configure()).dataSource(database.jdbcUrl(), "postgres", "postgres").target("2").load().migrate();
        jdbc.execute("""
                INSERT INTO batches (batch_id, name, template_id, status, created_at, updated_at) VALUES
                    ('unnamed', NULL, 'greeting', 'completed', '2026-01-31T12:00:00.750Z', now()),
                    ('named', 'nightly', 'greeting', 'completed', '2026-01-31T12:00:00Z', now()),
                    ('progress-only', NULL, NULL, 'running', '2026-01-31T12:00:00Z', now())""");

        // when
        database.migrate();

        // then
        assertThat(jdbc.queryForObject("SELECT name FROM batches WHERE batch_id = 'unnamed'", String.class))
                .isEqualTo("greeting 2026-01-31T12:00:00Z");
        assertThat(jdbc.queryForObject("SELECT name FROM batches WHERE batch_id = 'named'", String.class)).isEqualTo("nightly");
        assertThat(jdbc.queryForObject("SELECT name FROM batches WHERE batch_id = 'progress-only'", String.class)).isNull();
    }

    @Test
    void should_change_nothing_when_migrated_twice() {
        // given
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = database.jdbc();
        long before = jdbc.queryForObject("SELECT count(*) FROM flyway_history_log_sink", Long.class);

        // when
        database.migrate();

        // then
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_history_log_sink", Long.class)).isEqualTo(before);
    }
}
