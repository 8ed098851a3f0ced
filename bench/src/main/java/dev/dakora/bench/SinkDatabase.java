package dev.dakora.bench;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.sink.messaging.PositionedWrite;
import dev.dakora.sink.messaging.SinkListener;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.LogSinkFlyway;
import dev.dakora.sink.persistence.SinkPositions;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * The log sink's database for {@link LogSinkWriteBenchmark}: an embedded PostgreSQL with {@code fsync} on
 * and the given {@code synchronous_commit}, migrated as the log sink migrates it, and the sink's batch
 * listener over it, writing through a connection pool, each batch one transaction with the stored
 * positions, as in the application.
 */
final class SinkDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private SinkDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static SinkDatabase start(String synchronousCommit) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", synchronousCommit).setServerConfig("fsync", "on").start();
        LogSinkFlyway.configure(Flyway.configure()).dataSource(postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", "postgres").load().migrate();
        return new SinkDatabase(postgres);
    }

    /** The sink's batch listener, writing execution rows into this database. */
    SinkListener<ModelCallCompleted> sink() {
        ConnectionFactory connections = ConnectionFactories.get(
                "r2dbc:pool:postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres");
        DatabaseClient database = DatabaseClient.create(connections);
        return new SinkListener<>(new PositionedWrite<>("bench", new ExecutionWriter(database)::write,
                new SinkPositions(database), TransactionalOperator.create(new R2dbcTransactionManager(connections))),
                Duration.ofMinutes(1));
    }

    /** The pid of the server's postmaster, the parent of a backend; -1 where {@code /proc} is not available. */
    long postmasterPid() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            String stat = Files.readString(Path.of("/proc", result.getString(1), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The execution rows stored. */
    long executions() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM executions")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
