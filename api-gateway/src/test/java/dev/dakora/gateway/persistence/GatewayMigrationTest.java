package dev.dakora.gateway.persistence;

import dev.dakora.gateway.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's migrations as application.yml runs them, on databases that older gateways left behind. */
class GatewayMigrationTest {

    @Test
    void should_migrate_a_database_whose_api_keys_predate_the_gateways_own_history() throws Exception {
        // given: the table of an older gateway, whose history was flyway_schema_history
        DataSource database = freshDatabase();
        execute(database, "CREATE TABLE api_keys (id UUID PRIMARY KEY, name VARCHAR(200) NOT NULL, key_hash CHAR(64) NOT NULL UNIQUE,"
                + " prefix VARCHAR(16) NOT NULL, created_at TIMESTAMPTZ NOT NULL, last_used_at TIMESTAMPTZ)");
        execute(database, "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");

        // when
        MigrateResult result = gatewayFlyway(database).migrate();

        // then
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/gateway/V*.sql").length);
        assertThat(tableExists(database, "job_submissions")).isTrue();
    }

    @Test
    void should_apply_nothing_twice_when_migrated_again() throws SQLException {
        // given
        DataSource database = freshDatabase();
        gatewayFlyway(database).migrate();

        // when
        MigrateResult again = gatewayFlyway(database).migrate();

        // then
        assertThat(again.migrationsExecuted).isZero();
        assertThat(tableExists(database, "batch_submissions")).isTrue();
    }

    @Test
    void should_name_a_batch_submitted_without_a_name_after_its_template_and_time_when_migrating() throws SQLException {
        // given: a submission stored before batches were named by default
        DataSource database = freshDatabase();
        Flyway.configure().dataSource(database).table("flyway_history_gateway").locations("classpath:db/migration/gateway")
                .baselineOnMigrate(true).baselineVersion("0").target("2").load().migrate();
        execute(database, "INSERT INTO batch_submissions (batch_id, name, template_id, version, models, total_jobs, total_calls, created_at)"
                + " VALUES ('b1', NULL, 'greeting', '1.0.0', '[\"echo\"]', 1, 1, '2026-01-31T12:00:00.250Z'),"
                + " ('b2', 'mine', 'greeting', '1.0.0', '[\"echo\"]', 1, 1, '2026-01-31T12:00:00Z')");

        // when
        gatewayFlyway(database).migrate();

        // then
        assertThat(text(database, "SELECT name FROM batch_submissions WHERE batch_id = 'b1'")).isEqualTo("greeting 2026-01-31T12:00:00Z");
        assertThat(text(database, "SELECT name FROM batch_submissions WHERE batch_id = 'b2'")).isEqualTo("mine");
    }

    private static String text(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** As application.yml configures it. */
    private static Flyway gatewayFlyway(DataSource database) {
        return Flyway.configure().dataSource(database).table("flyway_history_gateway")
                .locations("classpath:db/migration/gateway").baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static DataSource freshDatabase() throws SQLException {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        execute(TestDatabase.postgres().getPostgresDatabase(), "CREATE DATABASE " + name);
        return TestDatabase.postgres().getDatabase("postgres", name);
    }

    private static boolean tableExists(DataSource database, String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
