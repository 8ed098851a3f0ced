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
 * model, not submitted yet; calls stored as submitting whose provider batch may or may not exist (its
 * creation was interrupted or not answered); and the provider batches submitted and not finished.
 * Thread-safe: calls are added by the dispatch threads while the lane's own thread submits and polls.
 */
final class PartitionLane {

    /** Calls of one model collected together, oldest first. */
    record Collection(ModelName model, List<LaneEntry> entries) {
    }

    /** A provider batch of this partition, polled again at {@code nextPoll}; {@code cancelAsked}: cancelled at the provider. */
    record Submitted(String batchId, ModelName model, List<LaneEntry> entries, Instant nextPoll, boolean cancelAsked) {
    }

    /** Calls stored as submitting under {@code key}: looked for at the provider, or submitted, at {@code nextTry}. */
    record Pending(String key, ModelName model, List<LaneEntry> entries, Instant nextTry) {
    }

    private final Map<ModelName, List<LaneEntry>> collected = new LinkedHashMap<>();
    private final Map<String, Submitted> submitted = new LinkedHashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
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

    /** Adds submitted calls to their provider batch (a batch may be resumed in parts: its calls stored in several writes). */
    synchronized void resume(String batchId, ModelName model, List<LaneEntry> entries, Instant nextPoll) {
        entries.forEach(entry -> held.add(entry.callId()));
        Submitted known = submitted.get(batchId);
        List<LaneEntry> all = new ArrayList<>(known == null ? List.of() : known.entries());
        all.addAll(entries);
        submitted.put(batchId, new Submitted(batchId, model, List.copyOf(all), nextPoll, known != null && known.cancelAsked()));
    }

    /** Holds calls stored as submitting under {@code key}, to be looked for or submitted at {@code nextTry}. */
    synchronized void pending(String key, ModelName model, List<LaneEntry> entries, Instant nextTry) {
        entries.forEach(entry -> held.add(entry.callId()));
        Pending known = pending.get(key);
        List<LaneEntry> all = new ArrayList<>(known == null ? List.of() : known.entries());
        all.addAll(entries);
        pending.put(key, new Pending(key, model, List.copyOf(all), nextTry));
    }

    /** Takes out the pending submissions that are due. */
    synchronized List<Pending> pendingDue(Instant now) {
        List<Pending> due = pending.values().stream().filter(p -> !p.nextTry().isAfter(now)).toList();
        due.forEach(p -> pending.remove(p.key()));
        return due;
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

    synchronized List<Submitted> pollsDue(Instant now) {
        return submitted.values().stream().filter(batch -> !batch.nextPoll().isAfter(now)).toList();
    }

    synchronized void pollAgain(Submitted batch, Instant next) {
        submitted.computeIfPresent(batch.batchId(), (id, old) -> new Submitted(id, old.model(), old.entries(), next, old.cancelAsked()));
    }

    /** The provider was asked to cancel the batch. */
    synchronized Submitted cancelAsked(Submitted batch) {
        return submitted.computeIfPresent(batch.batchId(), (id, old) -> new Submitted(id, old.model(), old.entries(), old.nextPoll(), true));
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
