package dev.dakora.llm.messaging;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads {@code dakora.call-results} for the {@link CallLedger} on a thread of its own, which alone uses
 * its two consumers (no group, nothing committed): one follows the results partitions of open windows
 * ({@link FollowedResults}), the other looks up the time of a window's first record in
 * {@code dakora.model-calls} ({@link CallsProbe}). Other threads hand it commands, run between polls.
 */
class ResultsReader implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(ResultsReader.class));

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final FollowedResults followed;
    private final BlockingQueue<java.util.function.Consumer<Consumer<byte[], byte[]>>> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private CallsProbe probe;

    ResultsReader(Supplier<Consumer<byte[], byte[]>> consumers, Duration clockSkew) {
        this.consumers = consumers;
        this.followed = new FollowedResults(clockSkew);
        this.thread = Thread.ofPlatform().daemon().name("dakora-call-ledger").start(this::loop);
    }

    /** Starts following the results of a window of {@code callsPartition} that begins at {@code start}. */
    void follow(TopicPartition callsPartition, long start, LedgerWindow window) {
        submit(consumer -> open(consumer, callsPartition, start, window));
    }

    void unfollow(TopicPartition callsPartition) {
        submit(consumer -> followed.unfollow(consumer, callsPartition));
    }

    /** Runs {@code command} on the reader's thread within one poll (200 ms); no wake-up, which would cut a command short. */
    private void submit(java.util.function.Consumer<Consumer<byte[], byte[]>> command) {
        commands.add(command);
    }

    private void loop() {
        try (Consumer<byte[], byte[]> follower = consumers.get(); Consumer<byte[], byte[]> lookup = consumers.get()) {
            probe = new CallsProbe(lookup);
            while (running) {
                try {
                    step(follower);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warn(e, "call ledger: reading call results failed; trying again");
                }
            }
        }
    }

    private void step(Consumer<byte[], byte[]> follower) throws InterruptedException {
        var command = followed.isEmpty() ? commands.poll(200, TimeUnit.MILLISECONDS) : commands.poll();
        while (command != null) {
            command.accept(follower);
            command = commands.poll();
        }
        if (followed.isEmpty()) {
            return;
        }
        followed.read(follower, follower.poll(Duration.ofMillis(200)));
    }

    private void open(Consumer<byte[], byte[]> follower, TopicPartition callsPartition, long start, LedgerWindow window) {
        try {
            Long since = probe.coPartitioned(callsPartition.topic()) ? probe.timestampAt(callsPartition, start) : null;
            followed.follow(follower, callsPartition, since, window);
        } catch (RuntimeException e) {
            // the partition's calls run without the ledger: at-least-once as before
            LOG.warn(e, () -> "call ledger: could not read back the results of " + callsPartition);
            window.markLoaded();
        }
    }

    @Override
    public void close() {
        running = false;
        submit(consumer -> { });
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
