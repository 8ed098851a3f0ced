package dev.dakora.sink.support;

import dev.dakora.sink.persistence.LogSinkFlyway;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A fresh database in the JVM's one embedded PostgreSQL ({@link dev.dakora.testsupport.TestDatabase}), migrated
 * by the log sink's Flyway settings, with the R2DBC and JDBC clients the log sink's tests use.
 */
public final class TestDatabase {

    private final dev.dakora.testsupport.TestDatabase database;

    private TestDatabase(dev.dakora.testsupport.TestDatabase database) {
        this.database = database;
    }

    public static TestDatabase create() {
        TestDatabase database = createEmpty();
        database.migrate();
        return database;
    }

    public static TestDatabase createEmpty() {
        return new TestDatabase(dev.dakora.testsupport.TestDatabase.create("sink"));
    }

    public void migrate() {
        database.migrate(LogSinkFlyway::configure);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String r2dbcUrl() {
        return database.r2dbcUrl();
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
}
