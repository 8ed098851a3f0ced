package dev.dakora.llm.lane;

import dev.dakora.common.model.ModelName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the batch lane holds of one partition of {@code dakora.model-calls} in memory: calls collected per
 * model, not submitted yet, and the provider batches submitted and not finished. Thread-safe: calls are
 * added by the dispatch threads while the lane's own thread submits and polls.
 */
final class PartitionLane {

    /** Calls of one model collected together, oldest first. */
    record Collection(ModelName model, List<LaneEntry> entries) {
    }

    /** A provider batch of this partition, polled again at {@code nextPoll}. */
    record Submitted(String batchId, ModelName model, List<LaneEntry> entries, Instant nextPoll) {
    }

    private final Map<ModelName, List<LaneEntry>> collected = new LinkedHashMap<>();
    private final Map<String, Submitted> submitted = new LinkedHashMap<>();
    private final Set<String> held = new HashSet<>();

    synchronized boolean holds(String callId) {
        return held.contains(callId);
    }

    /** Adds a collected call; false if it is held already. */
    synchronized boolean collect(ModelName model, LaneEntry entry) {
        if (!held.add(entry.callId())) {
            return false;
        }
        collected.computeIfAbsent(model, m -> new ArrayList<>()).add(entry);
        return true;
    }

    synchronized void resume(String batchId, ModelName model, List<LaneEntry> entries, Instant nextPoll) {
        entries.forEach(entry -> held.add(entry.callId()));
        submitted.put(batchId, new Submitted(batchId, model, List.copyOf(entries), nextPoll));
    }

    /** Takes out the collections that are full or old enough, at most {@code maxCalls} calls each. */
    synchronized List<Collection> due(Instant now, LaneSettings settings) {
        List<Collection> due = new ArrayList<>();
        for (Map.Entry<ModelName, List<LaneEntry>> group : collected.entrySet()) {
            List<LaneEntry> entries = group.getValue();
            while (!entries.isEmpty() && (entries.size() >= settings.maxCalls()
                    || !entries.getFirst().collectedAt().plus(settings.maxWait()).isAfter(now))) {
                List<LaneEntry> head = entries.subList(0, Math.min(settings.maxCalls(), entries.size()));
                due.add(new Collection(group.getKey(), List.copyOf(head)));
                head.clear();
            }
        }
        collected.values().removeIf(List::isEmpty);
        return due;
    }

    /** Puts a collection back in front, to be submitted at a later tick. */
    synchronized void putBack(Collection collection) {
        collected.computeIfAbsent(collection.model(), m -> new ArrayList<>()).addAll(0, collection.entries());
    }

    synchronized List<Submitted> pollsDue(Instant now) {
        return submitted.values().stream().filter(batch -> !batch.nextPoll().isAfter(now)).toList();
    }

    synchronized void pollAgain(Submitted batch, Instant next) {
        submitted.computeIfPresent(batch.batchId(), (id, old) -> new Submitted(id, old.model(), old.entries(), next));
    }

    /** The calls are done (results published): no longer held. */
    synchronized void finished(String batchId, List<LaneEntry> entries) {
        if (batchId != null) {
            submitted.remove(batchId);
        }
        entries.forEach(entry -> held.remove(entry.callId()));
    }

    synchronized int size() {
        return held.size();
    }
}
