package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory migrated when the gateway kept its Flyway history in {@code flyway_schema_history}. */
class LegacyDataDirTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path promptsDir;

    private final String adminKey = "dk_admin_" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void should_start_every_role_and_keep_the_keys_when_the_gateway_migrated_with_the_old_history_table() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);
        try (Standalone old = Standalone.start(settings, List.of())) {
            Flyway.configure().dataSource(old.infrastructure().postgres().jdbcUrl(), PostgresServer.USER, "")
                    .locations("classpath:db/migration/gateway").target("1").load().migrate();
            execute(old, "INSERT INTO api_keys (id, name, key_hash, prefix, created_at) VALUES ('"
                    + UUID.randomUUID() + "', 'kept', repeat('a', 64), 'dk_kept', now())");
        }

        // when
        try (Standalone standalone = Standalone.start(settings, Roles.all(), "--server.port=0",
                "--dakora.auth.admin-key=" + adminKey)) {

            // then
            Http http = new Http(standalone.webPort().orElseThrow(), Map.of("X-API-Key", adminKey));
            assertThat(http.get("/api/keys").body()).contains("\"kept\"");
            assertThat(http.post("/api/keys", Map.of("name", "new")).status()).isEqualTo(201);
            assertThat(count(standalone, "SELECT count(*) FROM flyway_history_gateway WHERE success")).isGreaterThan(1);
            assertThat(count(standalone, "SELECT count(*) FROM flyway_history_log_sink WHERE success")).isGreaterThan(1);
        }
    }

    private static void execute(Standalone standalone, String sql) throws Exception {
        try (Connection connection = standalone.infrastructure().postgres().connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Standalone standalone, String sql) throws Exception {
        try (Connection connection = standalone.infrastructure().postgres().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
