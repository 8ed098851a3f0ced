package dev.dakora.llm.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.Acknowledgment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Commits offsets in order although calls finish in any order: a record is acknowledged only when it
 * and every earlier record of its partition still tracked are finished, so a committed offset never
 * skips a call whose result is not published yet.
 */
class OffsetTracker {

    private static final class Pending {
        final Acknowledgment ack;
        boolean finished;

        Pending(Acknowledgment ack) {
            this.ack = ack;
        }
    }

    private final Map<TopicPartition, NavigableMap<Long, Pending>> partitions = new HashMap<>();
    private int inFlight;

    synchronized void started(TopicPartition partition, long offset, Acknowledgment ack) {
        partitions.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, new Pending(ack));
        inFlight++;
    }

    /** Marks a record finished and acknowledges the longest finished run at the head of its partition. */
    synchronized void finished(TopicPartition partition, long offset) {
        NavigableMap<Long, Pending> pending = partitions.get(partition);
        Pending done = pending == null ? null : pending.get(offset);
        if (done == null) {
            return;
        }
        done.finished = true;
        inFlight--;
        Pending last = null;
        while (!pending.isEmpty() && pending.firstEntry().getValue().finished) {
            last = pending.pollFirstEntry().getValue();
        }
        if (last != null) {
            last.ack.acknowledge();
        }
        notifyAll();
    }

    /**
     * Waits until no call of {@code partitions} is running, or {@code grace} has passed.
     *
     * @return whether all of them finished
     */
    synchronized boolean awaitFinished(Collection<TopicPartition> partitions, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (running(partitions)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private boolean running(Collection<TopicPartition> revoked) {
        return revoked.stream()
                .map(partitions::get)
                .anyMatch(pending -> pending != null && pending.values().stream().anyMatch(p -> !p.finished));
    }

    /** Drops revoked partitions: their unfinished calls are redelivered to the partitions' new owner. */
    synchronized void forget(Collection<TopicPartition> revoked) {
        for (TopicPartition partition : revoked) {
            NavigableMap<Long, Pending> pending = partitions.remove(partition);
            if (pending != null) {
                inFlight -= (int) pending.values().stream().filter(p -> !p.finished).count();
            }
        }
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
