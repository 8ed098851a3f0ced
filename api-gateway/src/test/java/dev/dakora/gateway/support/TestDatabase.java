package dev.dakora.gateway.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * The {@code postgres} database of the JVM's one embedded PostgreSQL ({@link dev.dakora.testsupport.TestDatabase}),
 * shared by every test class, with the log sink's tables applied on first use.
 */
public final class TestDatabase {

    private static final Path LOG_SINK_MIGRATIONS = Path.of("..", "log-sink", "src", "main", "resources", "db", "migration", "log-sink");

    private static dev.dakora.testsupport.TestDatabase database;

    private TestDatabase() {
    }

    public static EmbeddedPostgres postgres() {
        database();
        return dev.dakora.testsupport.TestDatabase.server();
    }

    /**
     * The log sink's tables, as its own Flyway makes them (history {@code flyway_history_log_sink}), from its
     * migrations in the log sink module's sources (the build runs tests from the module's directory).
     */
    private static synchronized dev.dakora.testsupport.TestDatabase database() {
        if (database == null) {
            dev.dakora.testsupport.TestDatabase shared = dev.dakora.testsupport.TestDatabase.serverDefault();
            shared.migrate(settings -> settings.table("flyway_history_log_sink")
                    .baselineOnMigrate(true).baselineVersion("0")
                    .locations("filesystem:" + LOG_SINK_MIGRATIONS.toAbsolutePath()));
            database = shared;
        }
        return database;
    }

    public static void register(DynamicPropertyRegistry registry) {
        database().register(registry);
    }
}
