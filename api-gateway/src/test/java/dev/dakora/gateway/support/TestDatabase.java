package dev.dakora.gateway.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL for every test class in the JVM, started on first use, with the log sink's tables. */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                applyLogSinkTables(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    /**
     * The log sink's tables, as its own Flyway makes them (history {@code flyway_history_log_sink}), from
     * a copy of its migration in this module's test resources.
     */
    private static void applyLogSinkTables(EmbeddedPostgres postgres) {
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .table("flyway_history_log_sink")
                .baselineOnMigrate(true).baselineVersion("0")
                .locations("classpath:db/test-log-sink")
                .load().migrate();
    }

    public static void register(DynamicPropertyRegistry registry) {
        int port = postgres().getPort();
        registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.r2dbc.username", () -> "postgres");
        registry.add("spring.r2dbc.password", () -> "postgres");
        registry.add("spring.flyway.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("spring.flyway.password", () -> "postgres");
    }
}
