package dev.dakora.bench;

import dev.dakora.llm.lane.LaneEntry;
import dev.dakora.llm.lane.LaneStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The batch lane's store in memory, for {@link LaneSaving}: what the compacted topic would hold. */
final class BenchLaneStore implements LaneStore {

    private final Map<Integer, Map<String, LaneEntry>> partitions = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(int partition, List<LaneEntry> entries) {
        Map<String, LaneEntry> held = partitions.computeIfAbsent(partition, p -> new LinkedHashMap<>());
        entries.forEach(entry -> held.put(entry.call().callId(), entry));
    }

    @Override
    public synchronized void remove(int partition, List<String> callIds) {
        Map<String, LaneEntry> held = partitions.get(partition);
        if (held != null) {
            callIds.forEach(held::remove);
        }
    }

    @Override
    public synchronized List<LaneEntry> load(int partition) {
        return new ArrayList<>(partitions.getOrDefault(partition, Map.of()).values());
    }
}
