package dev.dakora.bench;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.messaging.SinkListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Execution-log rows written per second by the log sink into an embedded PostgreSQL: batches of call
 * results, as the consumer polls them, go through the sink's batch listener and its multi-row insert,
 * one batch after another on each consumer thread, through a connection pool as the application has it
 * ({@link SinkDatabase}); the results are {@link SampleCallResults}. Kafka itself is not part of the
 * measurement.
 *
 * <p>Each batch is one transaction with the consumer's stored positions, as in the application.
 *
 * <p>Arguments: rows to write (default 300000), rows per batch (default 1000), warm-up rows (default 30000),
 * consumer threads (default 1; {@code dakora.log-sink.consumer.concurrency}), PostgreSQL's
 * {@code synchronous_commit} ({@code on}, as the standalone runs it, or {@code off}; default {@code on}).
 */
public final class LogSinkWriteBenchmark {

    private LogSinkWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        int consumers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String synchronousCommit = args.length > 4 ? args[4] : "on";
        try (SinkDatabase database = SinkDatabase.start(synchronousCommit)) {
            SinkListener<ModelCallCompleted> sink = database.sink();
            write(sink, "warmup", warmup, batchSize);
            long postmaster = database.postmasterPid();
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

            long stored = database.executions();
            long written = (long) rows / consumers * consumers;
            if (stored != warmup + written) {
                throw new IllegalStateException("expected " + (warmup + written) + " rows, found " + stored);
            }
            System.out.printf("log-sink executions: %d rows in %.2f s = %.0f rows/s (batches of %d, %d consumer(s), "
                    + "synchronous_commit=%s, %d rows checked)%n", written, seconds, written / seconds, batchSize,
                    consumers, synchronousCommit, stored);
            System.out.printf("CPU: sink %.1f s + PostgreSQL %.1f s = %.1f us per row; load average %.1f on %d cores%n",
                    clientCpu, serverCpu, (clientCpu + serverCpu) * 1e6 / written,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static void write(SinkListener<ModelCallCompleted> sink, String prefix, int rows, int batchSize) {
        List<ConsumerRecord<String, ModelCallCompleted>> batch = new ArrayList<>(batchSize);
        int partition = Math.floorMod(prefix.hashCode(), 1000);
        for (int i = 0; i < rows; i++) {
            ModelCallCompleted call = SampleCallResults.call(prefix, i);
            batch.add(new ConsumerRecord<>(Topics.CALL_RESULTS.name(), partition, i, call.jobId(), call));
            if (batch.size() == batchSize || i == rows - 1) {
                sink.onMessage(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
    }
}
