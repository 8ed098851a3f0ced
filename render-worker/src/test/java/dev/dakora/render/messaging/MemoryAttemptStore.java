package dev.dakora.render.messaging;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Attempt markers in memory, shared by the worker instances of a test as the Kafka topic would be. */
final class MemoryAttemptStore implements AttemptStore {

    private final Map<String, AttemptMarker> markers = new ConcurrentHashMap<>();
    final List<Map<TopicPartition, AttemptMarker>> writes = new ArrayList<>();

    @Override
    public synchronized void write(Map<TopicPartition, AttemptMarker> written) {
        writes.add(Map.copyOf(written));
        written.forEach((partition, marker) -> markers.put(AttemptMarker.key(partition), marker));
    }

    @Override
    public Map<String, AttemptMarker> readAll() {
        return Map.copyOf(markers);
    }

    AttemptMarker marker(TopicPartition partition) {
        return markers.get(AttemptMarker.key(partition));
    }
}
