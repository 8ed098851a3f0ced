package dev.dakora.render.messaging;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, across restarts, how often rendering a record killed the worker, so that a record which
 * crashes the JVM is given up after {@code maxAttempts} deaths instead of crash-looping the worker.
 *
 * <p>Before a poll batch renders, one marker per partition records where the batch starts (one awaited
 * write per batch). When partitions are assigned, the markers left by a worker that died are read
 * back: a marker at or past the first offset delivered means that worker stopped in the middle of
 * this work. Such a partition is then rendered carefully, one awaited marker per record, so that the
 * record being rendered when the next death comes is known, and its count grows by one per death. A
 * transaction that rolls back without a death leaves no suspect behind: suspects come from assignment
 * only.
 */
final class RecordAttempts implements ConsumerRebalanceListener {

    private final AttemptStore log;
    private final int maxAttempts;
    private final Map<TopicPartition, AttemptMarker> suspects = new ConcurrentHashMap<>();

    RecordAttempts(AttemptStore log, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("dakora.render-worker.crash-loop.max-attempts must be at least 1");
        }
        this.log = log;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<String, AttemptMarker> markers = log.readAll();
        for (TopicPartition partition : partitions) {
            AttemptMarker marker = markers.get(AttemptMarker.key(partition));
            if (marker == null) {
                suspects.remove(partition);
            } else {
                suspects.put(partition, marker);
            }
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        partitions.forEach(suspects::remove);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }

    /** Marks the start of a poll batch on each of its partitions not under suspicion. */
    Batch start(List<? extends ConsumerRecord<?, ?>> records) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        for (ConsumerRecord<?, ?> record : records) {
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        Map<TopicPartition, AttemptMarker> batchMarkers = new HashMap<>();
        Set<TopicPartition> careful = ConcurrentHashMap.newKeySet();
        first.forEach((partition, offset) -> {
            AttemptMarker suspect = suspects.get(partition);
            if (suspect != null && suspect.offset() < offset) {
                suspects.remove(partition, suspect);  // committed past since: that work finished
                suspect = null;
            }
            if (suspect == null) {
                batchMarkers.put(partition, new AttemptMarker(offset, 0));
            } else {
                careful.add(partition);
            }
        });
        if (!batchMarkers.isEmpty()) {
            log.write(batchMarkers);
        }
        return new Batch(careful);
    }

    /** One poll batch's view: which of its partitions a dead worker left work on. */
    final class Batch {

        private final Set<TopicPartition> careful;

        private Batch(Set<TopicPartition> careful) {
            this.careful = careful;
        }

        /**
         * Whether the record may be rendered; on a partition under suspicion, first records an attempt
         * on it. {@code false} once the record has killed {@code maxAttempts} workers.
         */
        boolean mayRender(ConsumerRecord<?, ?> record) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (!careful.contains(partition)) {
                return true;
            }
            AttemptMarker suspect = suspects.get(partition);
            if (suspect != null && record.offset() < suspect.offset()) {
                return true;  // rendered before the dead worker reached its suspect: not the culprit
            }
            if (suspect != null) {
                suspects.remove(partition, suspect);
            }
            int attempts = suspect != null && suspect.offset() == record.offset() ? suspect.attempts() : 0;
            if (attempts >= maxAttempts) {
                return false;
            }
            log.write(Map.of(partition, new AttemptMarker(record.offset(), attempts + 1)));
            return true;
        }

        int maxAttempts() {
            return maxAttempts;
        }
    }
}
