package dev.dakora.sink.support;

import dev.dakora.sink.persistence.LogSinkFlyway;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.r2dbc.core.DatabaseClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM; each caller gets a fresh database in it, migrated by the log
 * sink's Flyway settings.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create() {
        TestDatabase database = createEmpty();
        database.migrate();
        return database;
    }

    public static TestDatabase createEmpty() {
        String name = "sink_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        new JdbcTemplate(server().getPostgresDatabase()).execute("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    public void migrate() {
        LogSinkFlyway.configure(Flyway.configure()).dataSource(jdbcUrl(), "postgres", "postgres").load().migrate();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://postgres:postgres@localhost:" + server().getPort() + "/" + name;
    }

    public DatabaseClient client() {
        return DatabaseClient.create(connections());
    }

    public ConnectionFactory connections() {
        return ConnectionFactories.get(r2dbcUrl());
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl(), "postgres", "postgres", true));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeServer));
        }
        return postgres;
    }

    private static void closeServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
