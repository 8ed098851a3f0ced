package dev.dakora.sink.persistence;

import dev.dakora.sink.support.TestDatabase;
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
                .contains("executions", "jobs", "batches", "log_sink_positions", "flyway_history_log_sink", "api_keys");
        assertThat(jdbc.queryForObject("SELECT max(version) FROM flyway_history_log_sink WHERE success", String.class))
                .isEqualTo("3");
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
