package dev.dakora.llm.lane;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.Cancellations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lane's steps for one partition, in the order that keeps every call: a collection is stored as
 * submitting, submitted as one provider batch, and stored as submitted ({@link LaneSubmissions}); a batch
 * is polled until it ends, its results are published, then its calls are removed from the store
 * ({@link LanePolls}). A crash between two steps repeats at most the later one on resume: a republished
 * result (the log sink keeps the first of a call id), or a submission whose batch is looked for first.
 */
final class LaneWork {

    private final LaneSteps steps;
    private final LaneSubmissions submissions;
    private final LanePolls polls;

    LaneWork(LaneStore store, LaneRouting routing, LaneResults results, ResultSink sink, Cancellations cancellations,
             LaneSettings settings, Clock clock) {
        this.steps = new LaneSteps(store, routing, results, sink, cancellations, settings, clock);
        this.submissions = new LaneSubmissions(steps);
        this.polls = new LanePolls(steps);
    }

    /**
     * Puts stored entries back: submitted ones as their provider batches (polled at once), submitting ones as
     * pending (looked for at the provider at once), the rest collected.
     */
    void resume(int partition, PartitionLane lane, List<LaneEntry> entries) throws InterruptedException {
        Map<String, List<LaneEntry>> batches = new LinkedHashMap<>();
        Map<String, List<LaneEntry>> pending = new LinkedHashMap<>();
        List<LaneEntry> unroutable = new ArrayList<>();
        for (LaneEntry entry : entries) {
            Optional<ModelName> model = steps.routing().model(entry.call());
            if (model.isEmpty() || steps.routing().provider(model.get()) == null) {
                unroutable.add(entry);
            } else if (entry.submitted()) {
                batches.computeIfAbsent(entry.providerBatch(), id -> new ArrayList<>()).add(entry);
            } else if (entry.submitting()) {
                pending.computeIfAbsent(entry.laneKey(), key -> new ArrayList<>()).add(entry);
            } else {
                lane.collect(model.get(), entry);
            }
        }
        Instant now = steps.clock().instant();
        batches.forEach((id, calls) -> lane.resume(id, model(calls), calls, now));
        pending.forEach((key, calls) -> lane.pending(key, model(calls), calls, now));
        for (LaneEntry entry : unroutable) {
            ModelName name = steps.routing().model(entry.call()).orElse(new ModelName(entry.call().model(), "unknown", entry.call().model()));
            steps.finish(partition, lane, null, List.of(entry), List.of(steps.results().unsent(entry, name, CallStatus.FAILED,
                    "the batch lane of provider " + name.provider() + " is no longer configured on this worker")));
        }
    }

    void run(int partition, PartitionLane lane) throws InterruptedException {
        Instant now = steps.clock().instant();
        for (PartitionLane.Pending pending : lane.pendingDue(now)) {
            submissions.retry(partition, lane, pending);
        }
        for (PartitionLane.Collection collection : lane.due(now, steps.settings())) {
            submissions.submit(partition, lane, collection.model(), collection.entries());
        }
        for (PartitionLane.Submitted batch : lane.pollsDue(now)) {
            polls.poll(partition, lane, batch);
        }
    }

    private ModelName model(List<LaneEntry> calls) {
        return steps.routing().model(calls.getFirst().call()).orElseThrow();
    }
}
