package dev.dakora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own in the one embedded PostgreSQL of the JVM (started on first use, up to 200
 * connections, stopped when the JVM exits). User and password are {@code postgres}.
 */
public record TestDatabase(String name, int port) {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** A new, empty database named {@code <prefix>_<pid>_<n>}. */
    public static TestDatabase create(String prefix) {
        TestDatabase database = new TestDatabase(prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet(),
                server().getPort());
        database.executeOnServer("CREATE DATABASE " + database.name());
        return database;
    }

    /** The server's own {@code postgres} database, shared by every caller in the JVM. */
    public static TestDatabase serverDefault() {
        return new TestDatabase("postgres", server().getPort());
    }

    /** The shared server, started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + USER + ":" + PASSWORD + "@localhost:" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** Runs statements in this database, one after the other. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed in " + name + ": " + e.getMessage(), e);
        }
    }

    /** Migrates this database with a Flyway set up by {@code settings} (locations, history table, ...). */
    public void migrate(UnaryOperator<FluentConfiguration> settings) {
        settings.apply(Flyway.configure()).dataSource(jdbcUrl(), USER, PASSWORD).load().migrate();
    }

    /** Spring's R2DBC and Flyway settings for this database. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + port + "/" + name);
        properties.put("spring.r2dbc.username", USER);
        properties.put("spring.r2dbc.password", PASSWORD);
        properties.put("spring.flyway.url", jdbcUrl());
        properties.put("spring.flyway.user", USER);
        properties.put("spring.flyway.password", PASSWORD);
        return properties;
    }

    /** Spring's settings as command-line arguments ({@code --name=value}), which win over application.yml. */
    public List<String> springArguments() {
        return springProperties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Points a Spring test context's R2DBC connections and Flyway at this database. */
    public void register(DynamicPropertyRegistry registry) {
        springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    private void executeOnServer(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
