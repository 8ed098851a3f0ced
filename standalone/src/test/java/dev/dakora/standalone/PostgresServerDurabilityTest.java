package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void should_flush_every_commit_to_disk_when_started() throws Exception {
        // when
        try (PostgresServer server = PostgresServer.start(dataDir, StandaloneSettings.LOOPBACK, FreePorts.next())) {

            // then
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void should_stay_durable_when_the_cluster_configuration_turns_synchronous_commit_off() throws Exception {
        // given: a configuration file that asks for asynchronous commits
        try (PostgresServer server = PostgresServer.start(dataDir, StandaloneSettings.LOOPBACK, FreePorts.next())) {
            execute(server, "ALTER SYSTEM SET synchronous_commit = off");
            execute(server, "ALTER SYSTEM SET fsync = off");
        }

        // when
        try (PostgresServer restarted = PostgresServer.start(dataDir, StandaloneSettings.LOOPBACK, FreePorts.next())) {

            // then: the command line wins
            assertThat(setting(restarted, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(restarted, "fsync")).isEqualTo("on");
            assertThat(sourceOf(restarted, "synchronous_commit")).isEqualTo("command line");
        }
    }

    private static String setting(PostgresServer server, String name) throws SQLException {
        return single(server, "SELECT current_setting('" + name + "')");
    }

    private static String sourceOf(PostgresServer server, String name) throws SQLException {
        return single(server, "SELECT source FROM pg_settings WHERE name = '" + name + "'");
    }

    private static String single(PostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(PostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
