package dev.dakora.llm.messaging;

import dev.dakora.llm.lane.BatchLane;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the {@link CallDispatcher} does when partitions change hands: a new partition's ledger window and
 * lane are loaded before any of its records is dispatched; a revoked one's calls not sent yet are
 * withdrawn and those in flight get the grace to finish, before its state is dropped.
 */
final class PartitionHandOver {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(PartitionHandOver.class));

    private final OffsetTracker tracker;
    private final CallLedger ledger;
    private final Backpressure backpressure;
    private final BatchLane lane;
    private final DispatchSettings settings;

    PartitionHandOver(OffsetTracker tracker, CallLedger ledger, Backpressure backpressure, BatchLane lane,
                      DispatchSettings settings) {
        this.tracker = tracker;
        this.ledger = ledger;
        this.backpressure = backpressure;
        this.lane = lane;
        this.settings = settings;
    }

    /** Opens the ledger windows of the records the new partitions redeliver and resumes their lane. */
    void assigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            starts.put(partition, consumer.position(partition));
        }
        ledger.open(starts, consumer.endOffsets(partitions), settings.ledgerWait());
        try {
            lane.assigned(partitions.stream().map(TopicPartition::partition).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Withdraws the calls of revoked partitions not sent yet and gives those in flight up to the grace to
     * finish, so their offsets are committed before the new owner starts; the rest are redelivered and
     * recognised by the new owner's ledger once their results are published.
     */
    void revoked(Collection<TopicPartition> partitions) {
        tracker.withdrawQueued(partitions);
        try {
            if (!tracker.awaitFinished(partitions, settings.revokeGrace())) {
                LOG.warn(() -> "calls of " + partitions + " still in flight after " + settings.revokeGrace()
                        + "; the partitions' next owner may send them again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release(partitions);
    }

    /** Withdraws the calls of lost partitions not sent yet and drops their state at once. */
    void lost(Collection<TopicPartition> partitions) {
        tracker.withdrawQueued(partitions);
        release(partitions);
    }

    private void release(Collection<TopicPartition> partitions) {
        lane.revoked(partitions.stream().map(TopicPartition::partition).toList());
        tracker.forget(partitions);
        backpressure.forget(partitions);
        ledger.close(partitions);
    }
}
