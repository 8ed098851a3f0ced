package dev.dakora.llm.lane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lane store in memory that outlives the lanes using it, as the Kafka topic outlives a killed worker.
 * {@link #dieOnRemove()} makes the next removal throw, as a worker killed right after publishing results;
 * {@link #dieOnSubmittedSave()} makes the next save of submitted calls throw without storing them, as a worker
 * killed after the provider accepted a batch and before its id was stored.
 */
public final class MemoryLaneStore implements LaneStore {

    /** The worker holding the store "died" at this step. */
    static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    private final Map<Integer, Map<String, LaneEntry>> partitions = new ConcurrentHashMap<>();
    private volatile boolean dieOnRemove;
    private volatile boolean dieOnSubmittedSave;

    @Override
    public synchronized void save(int partition, List<LaneEntry> entries) {
        if (dieOnSubmittedSave && entries.stream().anyMatch(LaneEntry::submitted)) {
            dieOnSubmittedSave = false;
            throw new Killed();
        }
        Map<String, LaneEntry> held = partitions.computeIfAbsent(partition, p -> new LinkedHashMap<>());
        entries.forEach(entry -> held.put(entry.callId(), entry));
    }

    @Override
    public synchronized void remove(int partition, List<String> callIds) {
        if (dieOnRemove) {
            dieOnRemove = false;
            throw new Killed();
        }
        Map<String, LaneEntry> held = partitions.get(partition);
        if (held != null) {
            callIds.forEach(held::remove);
        }
    }

    @Override
    public synchronized List<LaneEntry> load(int partition) {
        return new ArrayList<>(partitions.getOrDefault(partition, Map.of()).values());
    }

    void dieOnRemove() {
        dieOnRemove = true;
    }

    void dieOnSubmittedSave() {
        dieOnSubmittedSave = true;
    }

    public synchronized List<LaneEntry> all() {
        return partitions.values().stream().flatMap(held -> held.values().stream()).toList();
    }
}
