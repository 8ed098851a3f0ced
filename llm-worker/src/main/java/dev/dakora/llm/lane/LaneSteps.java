package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.llm.domain.Cancellations;

import java.time.Clock;
import java.util.List;

/** What the lane's steps share, and the last step of every call: its result published, then the call forgotten. */
record LaneSteps(LaneStore store, LaneRouting routing, LaneResults results, ResultSink sink, Cancellations cancellations,
                 LaneSettings settings, Clock clock) {

    void finish(int partition, PartitionLane lane, String batchId, List<LaneEntry> entries, List<ModelCallCompleted> ended)
            throws InterruptedException {
        for (ModelCallCompleted result : ended) {
            sink.publish(result);
        }
        store.remove(partition, entries.stream().map(LaneEntry::callId).toList());
        lane.finished(batchId, entries);
    }

    boolean cancelled(LaneEntry entry) {
        return cancellations.isCancelled(entry.call().jobId());
    }
}
