package dev.dakora.llm.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads {@code dakora.call-results} for the {@link CallLedger} on a thread of its own, which alone uses
 * its two consumers (no group, nothing committed): one follows the results partitions of open windows,
 * the other looks up the time of a window's first record in {@code dakora.model-calls}.
 */
class ResultsReader implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(ResultsReader.class));

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final Duration clockSkew;
    private final BlockingQueue<java.util.function.Consumer<Consumer<byte[], byte[]>>> commands = new LinkedBlockingQueue<>();
    private final Map<TopicPartition, LedgerWindow> followed = new HashMap<>();
    private final Map<TopicPartition, Long> loadUntil = new HashMap<>();
    private final Thread thread;
    private Consumer<byte[], byte[]> results;
    private volatile boolean running = true;
    private CallsProbe probe;

    ResultsReader(Supplier<Consumer<byte[], byte[]>> consumers, Duration clockSkew) {
        this.consumers = consumers;
        this.clockSkew = clockSkew;
        this.thread = Thread.ofPlatform().daemon().name("dakora-call-ledger").start(this::loop);
    }

    /** Starts following the results of a window of {@code callsPartition} that begins at {@code start}. */
    void follow(TopicPartition callsPartition, long start, LedgerWindow window) {
        submit(consumer -> open(callsPartition, start, window));
    }

    void unfollow(TopicPartition callsPartition) {
        submit(consumer -> {
            TopicPartition partition = resultsOf(callsPartition);
            followed.remove(partition);
            loadUntil.remove(partition);
            consumer.assign(followed.keySet());
        });
    }

    /** Runs {@code command} on the reader's thread within one poll (200 ms); no wake-up, which would cut a command short. */
    private void submit(java.util.function.Consumer<Consumer<byte[], byte[]>> command) {
        commands.add(command);
    }

    private void loop() {
        try (Consumer<byte[], byte[]> follower = consumers.get(); Consumer<byte[], byte[]> lookup = consumers.get()) {
            probe = new CallsProbe(lookup);
            results = follower;
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
        for (ConsumerRecord<byte[], byte[]> record : follower.poll(Duration.ofMillis(200))) {
            LedgerWindow window = followed.get(new TopicPartition(record.topic(), record.partition()));
            if (window != null && record.value() != null) {
                window.add(callId(record.value()));
            }
        }
        loadUntil.entrySet().removeIf(target -> {
            boolean caughtUp = follower.position(target.getKey()) >= target.getValue();
            if (caughtUp) {
                followed.get(target.getKey()).markLoaded();
            }
            return caughtUp;
        });
    }

    private void open(TopicPartition callsPartition, long start, LedgerWindow window) {
        try {
            seekResults(callsPartition, start, window);
        } catch (RuntimeException e) {
            // the partition's calls run without the ledger: at-least-once as before
            LOG.warn(e, () -> "call ledger: could not read back the results of " + callsPartition);
            window.markLoaded();
        }
    }

    private void seekResults(TopicPartition callsPartition, long start, LedgerWindow window) {
        TopicPartition partition = resultsOf(callsPartition);
        Long since = probe.coPartitioned(callsPartition.topic()) ? probe.timestampAt(callsPartition, start) : null;
        if (since == null) {
            window.markLoaded();
            return;
        }
        OffsetAndTimestamp from = results.offsetsForTimes(Map.of(partition, since - clockSkew.toMillis())).get(partition);
        long end = results.endOffsets(List.of(partition)).get(partition);
        Set<TopicPartition> assignment = new HashSet<>(followed.keySet());
        assignment.add(partition);
        results.assign(assignment);
        results.seek(partition, from == null ? end : from.offset());
        followed.put(partition, window);
        loadUntil.put(partition, end);
    }

    private static TopicPartition resultsOf(TopicPartition callsPartition) {
        return new TopicPartition(Topics.CALL_RESULTS.name(), callsPartition.partition());
    }

    private static String callId(byte[] json) {
        try {
            return EventJson.read(json, ModelCallCompleted.class).callId();
        } catch (RuntimeException unreadable) {
            return "";
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
