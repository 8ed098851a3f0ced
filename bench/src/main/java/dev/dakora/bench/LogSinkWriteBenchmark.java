package dev.dakora.bench;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.messaging.PositionedWrite;
import dev.dakora.sink.messaging.SinkListener;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.LogSinkFlyway;
import dev.dakora.sink.persistence.SinkPositions;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Execution-log rows written per second by the log sink into an embedded PostgreSQL: batches of call
 * results, as the consumer polls them, go through the sink's batch listener and its multi-row insert,
 * one batch after another on each consumer thread, through a connection pool as the application has it.
 * Kafka itself is not part of the measurement.
 *
 * Each batch is one transaction with the consumer's stored positions, as in the application.
 *
 * <p>Arguments: rows to write (default 300000), rows per batch (default 1000), warm-up rows (default 30000),
 * consumer threads (default 1; {@code dakora.log-sink.consumer.concurrency}), PostgreSQL's
 * {@code synchronous_commit} ({@code on}, as the standalone runs it, or {@code off}; default {@code on}).
 */
public final class LogSinkWriteBenchmark {

    private static final List<String> MODELS = List.of("openai/gpt-4o-mini", "anthropic/claude-3-5-haiku-latest",
            "gemini/gemini-2.0-flash");
    private static final String OUTPUT = "Thanks for reaching out! Here is a short, friendly reply that a model "
            + "might write for this row of the batch, long enough to look like a real answer.";

    private LogSinkWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        int consumers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String synchronousCommit = args.length > 4 ? args[4] : "on";
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", synchronousCommit).setServerConfig("fsync", "on").start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            LogSinkFlyway.configure(Flyway.configure()).dataSource(jdbcUrl, "postgres", "postgres").load().migrate();
            ConnectionFactory connections = ConnectionFactories.get(
                    "r2dbc:pool:postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres");
            DatabaseClient database = DatabaseClient.create(connections);
            SinkListener<ModelCallCompleted> sink = new SinkListener<>(new PositionedWrite<>("bench",
                    new ExecutionWriter(database)::write, new SinkPositions(database),
                    TransactionalOperator.create(new R2dbcTransactionManager(connections))), Duration.ofMinutes(1));

            write(sink, "warmup", warmup, batchSize);
            long postmaster = postmasterPid(postgres);
            double serverCpu = ProcessCpu.serverSeconds(postmaster);
            double clientCpu = ProcessCpu.ownSeconds();
            long started = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(consumers)) {
                for (int consumer = 0; consumer < consumers; consumer++) {
                    String prefix = "bench" + consumer;
                    runs.add(threads.submit(() -> write(sink, prefix, rows / consumers, batchSize)));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            for (Future<?> run : runs) {
                run.get();
            }
            serverCpu = ProcessCpu.serverSeconds(postmaster) - serverCpu;
            clientCpu = ProcessCpu.ownSeconds() - clientCpu;

            long stored = count(postgres);
            long written = (long) rows / consumers * consumers;
            if (stored != warmup + written) {
                throw new IllegalStateException("expected " + (warmup + written) + " rows, found " + stored);
            }
            System.out.printf("log-sink executions: %d rows in %.2f s = %.0f rows/s (batches of %d, %d consumer(s), "
                    + "synchronous_commit=%s, %d rows checked)%n", written, seconds, written / seconds, batchSize,
                    consumers, synchronousCommit, stored);
            System.out.printf("CPU: sink %.1f s + PostgreSQL %.1f s = %.1f us per row; load average %.1f on %d cores%n",
                    clientCpu, serverCpu, (clientCpu + serverCpu) * 1e6 / written,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static void write(SinkListener<ModelCallCompleted> sink, String prefix, int rows, int batchSize) {
        List<ConsumerRecord<String, ModelCallCompleted>> batch = new ArrayList<>(batchSize);
        int partition = Math.floorMod(prefix.hashCode(), 1000);
        for (int i = 0; i < rows; i++) {
            ModelCallCompleted call = call(prefix, i);
            batch.add(new ConsumerRecord<>(Topics.CALL_RESULTS.name(), partition, i, call.jobId(), call));
            if (batch.size() == batchSize || i == rows - 1) {
                sink.onMessage(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
    }

    static ModelCallCompleted call(String prefix, int i) {
        int row = i / MODELS.size();
        String model = MODELS.get(i % MODELS.size());
        String jobId = prefix + "-job-" + row;
        return new ModelCallCompleted(ModelCallRequested.callId(jobId, model, 0), jobId, prefix + "-batch",
                row, "support-reply", "1.2.0", model, model.substring(0, model.indexOf('/')), CallStatus.SUCCEEDED,
                OUTPUT, 120, 48, new BigDecimal("0.0000468"), true, 640 + i % 300, null, 1,
                Map.of("customer", "Customer " + row, "topic", "billing", "priority", row % 5),
                Instant.now());
    }

    private static long postmasterPid(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", result.getString(1), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static long count(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM executions")) {
            result.next();
            return result.getLong(1);
        }
    }
}
