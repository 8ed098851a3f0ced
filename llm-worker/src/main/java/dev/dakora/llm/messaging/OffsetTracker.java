package dev.dakora.llm.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Commits offsets in order although calls finish in any order: a record is acknowledged only when it
 * and every earlier record of its partition still tracked are finished, so a committed offset never
 * skips a call whose result is not published yet. A withdrawn call never finishes: the commit stops
 * before it and the partition's next owner runs it. Counts the calls held per partition and in total.
 */
class OffsetTracker {

    private static final class Pending {
        final Acknowledgment ack;
        final CallTicket ticket;
        boolean finished;
        boolean withdrawn;

        Pending(Acknowledgment ack, CallTicket ticket) {
            this.ack = ack;
            this.ticket = ticket;
        }
    }

    private final Map<TopicPartition, NavigableMap<Long, Pending>> partitions = new HashMap<>();
    private final Map<TopicPartition, Integer> held = new HashMap<>();
    private int inFlight;

    synchronized void started(TopicPartition partition, long offset, Acknowledgment ack, CallTicket ticket) {
        partitions.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, new Pending(ack, ticket));
        held.merge(partition, 1, Integer::sum);
        inFlight++;
    }

    /**
     * Marks a record finished and acknowledges the longest finished run at the head of its partition.
     *
     * @return the next offset to read that is now committed, or -1 if the commit did not move
     */
    synchronized long finished(TopicPartition partition, long offset) {
        NavigableMap<Long, Pending> pending = partitions.get(partition);
        Pending done = pending == null ? null : pending.get(offset);
        if (done == null || done.finished || done.withdrawn) {
            return -1;
        }
        done.finished = true;
        release(partition);
        long committed = -1;
        Pending last = null;
        while (!pending.isEmpty() && pending.firstEntry().getValue().finished) {
            committed = pending.firstKey() + 1;
            last = pending.pollFirstEntry().getValue();
        }
        if (last != null) {
            last.ack.acknowledge();
        }
        notifyAll();
        return committed;
    }

    /** Withdraws the calls of {@code revoked} not sent yet; they stay unfinished, so no commit passes them. */
    synchronized void withdrawQueued(Collection<TopicPartition> revoked) {
        for (TopicPartition partition : revoked) {
            NavigableMap<Long, Pending> pending = partitions.get(partition);
            if (pending == null) {
                continue;
            }
            for (Pending p : pending.values()) {
                if (!p.finished && !p.withdrawn && p.ticket.withdraw()) {
                    p.withdrawn = true;
                    release(partition);
                }
            }
        }
        notifyAll();
    }

    private void release(TopicPartition partition) {
        held.merge(partition, -1, Integer::sum);
        inFlight--;
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
        return revoked.stream().anyMatch(partition -> held(partition) > 0);
    }

    /** Drops revoked partitions: their unfinished calls are redelivered to the partitions' new owner. */
    synchronized void forget(Collection<TopicPartition> revoked) {
        for (TopicPartition partition : revoked) {
            partitions.remove(partition);
            Integer count = held.remove(partition);
            inFlight -= count == null ? 0 : count;
        }
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int held(TopicPartition partition) {
        return held.getOrDefault(partition, 0);
    }
}
