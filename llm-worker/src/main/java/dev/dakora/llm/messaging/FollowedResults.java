package dev.dakora.llm.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results partitions the {@link ResultsReader} follows, each feeding the call ids it reads into its
 * {@link LedgerWindow}, which counts as loaded once the follower has read up to the end offset of the
 * moment it was opened. Used by the reader's thread only, with its follower consumer.
 */
final class FollowedResults {

    private final Duration clockSkew;
    private final Map<TopicPartition, LedgerWindow> followed = new HashMap<>();
    private final Map<TopicPartition, Long> loadUntil = new HashMap<>();

    FollowedResults(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    boolean isEmpty() {
        return followed.isEmpty();
    }

    /**
     * Follows the results of {@code callsPartition} from the time of the window's first record
     * ({@code since}, less the clock skew); with no such time the window counts as loaded at once.
     */
    void follow(Consumer<byte[], byte[]> follower, TopicPartition callsPartition, Long since, LedgerWindow window) {
        if (since == null) {
            window.markLoaded();
            return;
        }
        TopicPartition partition = resultsOf(callsPartition);
        OffsetAndTimestamp from = follower.offsetsForTimes(Map.of(partition, since - clockSkew.toMillis())).get(partition);
        long end = follower.endOffsets(List.of(partition)).get(partition);
        Set<TopicPartition> assignment = new HashSet<>(followed.keySet());
        assignment.add(partition);
        follower.assign(assignment);
        follower.seek(partition, from == null ? end : from.offset());
        followed.put(partition, window);
        loadUntil.put(partition, end);
    }

    void unfollow(Consumer<byte[], byte[]> follower, TopicPartition callsPartition) {
        TopicPartition partition = resultsOf(callsPartition);
        followed.remove(partition);
        loadUntil.remove(partition);
        follower.assign(followed.keySet());
    }

    /** Adds the call ids of {@code records} to their windows, then marks the windows read up to their end loaded. */
    void read(Consumer<byte[], byte[]> follower, ConsumerRecords<byte[], byte[]> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
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
}
