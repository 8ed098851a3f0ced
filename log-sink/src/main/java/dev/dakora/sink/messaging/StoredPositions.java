package dev.dakora.sink.messaging;

import dev.dakora.sink.persistence.SinkPositions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a writer starts in a partition it is assigned: at the position stored with the rows
 * ({@link PositionedWrite}), not at Kafka's committed offset. The two differ when the database lost
 * commits Kafka had already been told about (a crash before they reached the disk, a restore from a
 * backup): the records after the stored position are then written again, and the writes being idempotent
 * and monotonic, a record whose rows survived changes nothing. A partition with no stored position (the
 * first start, or a database that lost them all) is read from its first retained record.
 *
 * <p>If the database cannot be read here the writer goes on from Kafka's committed offset; the error is
 * logged and the next assignment looks again.
 */
public final class StoredPositions implements ConsumerAwareRebalanceListener {

    private static final LogAccessor LOG = new LogAccessor(StoredPositions.class);

    private final String group;
    private final SinkPositions positions;
    private final Duration timeout;

    public StoredPositions(String group, SinkPositions positions, Duration timeout) {
        this.group = group;
        this.positions = positions;
        this.timeout = timeout;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored;
        try {
            stored = positions.load(group).block(timeout);
        } catch (RuntimeException error) {
            LOG.error(error, () -> "Could not read the stored positions of " + group
                    + "; going on from the committed offsets of " + partitions);
            return;
        }
        List<TopicPartition> unrecorded = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = stored == null ? null : stored.get(partition);
            if (next == null) {
                unrecorded.add(partition);
            } else {
                consumer.seek(partition, next);
            }
        }
        if (!unrecorded.isEmpty()) {
            consumer.seekToBeginning(unrecorded);
        }
    }
}
