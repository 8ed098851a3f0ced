package dev.dakora.sink.it;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads a batch's counters and its final jobs every few milliseconds, on its own thread, until closed. */
final class ProgressSampler implements AutoCloseable {

    record Sample(long completedJobs, long completedCalls, long finalUntouchedJobs) {
    }

    private final JdbcTemplate jdbc;
    private final String batchId;
    private final Predicate<String> untouched;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param untouched the jobs of the batch expected to stay final all along */
    ProgressSampler(JdbcTemplate jdbc, String batchId, Predicate<String> untouched) {
        this.jdbc = jdbc;
        this.batchId = batchId;
        this.untouched = untouched;
        this.thread = Thread.ofPlatform().name("progress-sampler").start(this::run);
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void run() {
        while (running) {
            Sample sample = sample();
            synchronized (this) {
                samples.add(sample);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Sample sample() {
        return jdbc.queryForObject("SELECT completed_jobs, completed_calls FROM batches WHERE batch_id = ?",
                (row, n) -> new Sample(row.getLong(1), row.getLong(2), finalUntouched()), batchId);
    }

    private long finalUntouched() {
        return jdbc.queryForList("SELECT job_id FROM jobs WHERE batch_id = ? AND status = 'completed'", String.class,
                batchId).stream().filter(untouched).count();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
