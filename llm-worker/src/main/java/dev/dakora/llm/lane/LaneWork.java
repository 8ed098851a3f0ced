package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.Cancellations;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lane's steps for one partition, in the order that keeps every call: a collection is submitted as one
 * provider batch and its calls are stored as submitted (batch id, custom id) before anything else; an
 * ended batch's results are published, then its calls are removed from the store. A crash between two
 * steps repeats at most the later one on resume: a republished result (the log sink keeps the first of a
 * call id) or, in the moment between the provider accepting a batch and the store, a second submission.
 */
final class LaneWork {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(LaneWork.class));

    private final LaneStore store;
    private final LaneRouting routing;
    private final LaneResults results;
    private final ResultSink sink;
    private final Cancellations cancellations;
    private final LaneSettings settings;
    private final Clock clock;

    LaneWork(LaneStore store, LaneRouting routing, LaneResults results, ResultSink sink, Cancellations cancellations,
             LaneSettings settings, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.results = results;
        this.sink = sink;
        this.cancellations = cancellations;
        this.settings = settings;
        this.clock = clock;
    }

    /** Puts stored entries back: submitted ones as their provider batches (polled at once), the rest collected. */
    void resume(int partition, PartitionLane lane, List<LaneEntry> entries) throws InterruptedException {
        Map<String, List<LaneEntry>> batches = new LinkedHashMap<>();
        List<LaneEntry> unroutable = new ArrayList<>();
        for (LaneEntry entry : entries) {
            Optional<ModelName> model = routing.model(entry.call());
            if (model.isEmpty() || routing.provider(model.get()) == null) {
                unroutable.add(entry);
            } else if (entry.submitted()) {
                batches.computeIfAbsent(entry.providerBatch(), id -> new ArrayList<>()).add(entry);
            } else {
                lane.collect(model.get(), entry);
            }
        }
        batches.forEach((id, calls) -> lane.resume(id, routing.model(calls.getFirst().call()).orElseThrow(), calls, clock.instant()));
        for (LaneEntry entry : unroutable) {
            ModelName name = routing.model(entry.call()).orElse(new ModelName(entry.call().model(), "unknown", entry.call().model()));
            finish(partition, lane, null, List.of(entry), List.of(results.unsent(entry, name, CallStatus.FAILED,
                    "the batch lane of provider " + name.provider() + " is no longer configured on this worker")));
        }
    }

    void run(int partition, PartitionLane lane) throws InterruptedException {
        Instant now = clock.instant();
        for (PartitionLane.Collection collection : lane.due(now, settings)) {
            submit(partition, lane, collection);
        }
        for (PartitionLane.Submitted batch : lane.pollsDue(now)) {
            poll(partition, lane, batch);
        }
    }

    private void submit(int partition, PartitionLane lane, PartitionLane.Collection collection) throws InterruptedException {
        List<LaneEntry> live = new ArrayList<>();
        for (LaneEntry entry : collection.entries()) {
            if (cancellations.isCancelled(entry.call().jobId())) {
                finish(partition, lane, null, List.of(entry),
                        List.of(results.unsent(entry, collection.model(), CallStatus.CANCELLED, "cancelled")));
            } else {
                live.add(entry);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        List<LaneRequest> requests = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            LaneEntry entry = live.get(i);
            requests.add(new LaneRequest("c" + i, entry.call().prompt(), CallLane.without(entry.call().params())));
        }
        String batchId;
        try {
            batchId = routing.provider(collection.model()).submit(collection.model(), requests);
        } catch (BatchApiException e) {
            if (e.retriable()) {
                LOG.warn(() -> "batch lane: submitting " + live.size() + " calls of " + collection.model().key()
                        + " failed, trying again at the next round: " + e.getMessage());
                lane.putBack(new PartitionLane.Collection(collection.model(), live));
                return;
            }
            finish(partition, lane, null, live, live.stream().map(entry -> results.unsent(entry, collection.model(),
                    CallStatus.FAILED, "the provider refused the batch: " + e.getMessage())).toList());
            return;
        }
        Instant at = clock.instant();
        List<LaneEntry> submitted = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            submitted.add(live.get(i).submittedAs(batchId, requests.get(i).customId(), at));
        }
        store.save(partition, submitted);
        lane.resume(batchId, collection.model(), submitted, at.plus(settings.pollInterval()));
        LOG.info(() -> "batch lane: " + submitted.size() + " calls of " + collection.model().key() + " submitted as " + batchId);
    }

    private void poll(int partition, PartitionLane lane, PartitionLane.Submitted batch) throws InterruptedException {
        ProviderBatches provider = routing.provider(batch.model());
        Map<String, LaneOutcome> outcomes;
        BatchState state;
        try {
            state = provider.poll(batch.batchId());
            outcomes = state.ended() ? provider.results(state) : Map.of();
        } catch (BatchApiException e) {
            if (e.retriable()) {
                lane.pollAgain(batch, clock.instant().plus(settings.pollInterval()));
                return;
            }
            String why = "the provider's batch " + batch.batchId() + " cannot be read: " + e.getMessage();
            finish(partition, lane, batch.batchId(), batch.entries(), batch.entries().stream()
                    .map(entry -> results.of(entry, batch.model(), LaneOutcome.failure(why))).toList());
            return;
        }
        if (!state.ended()) {
            lane.pollAgain(batch, clock.instant().plus(settings.pollInterval()));
            return;
        }
        String missing = state.missing() != null ? state.missing()
                : "no result for this call in the provider's batch " + batch.batchId();
        finish(partition, lane, batch.batchId(), batch.entries(), batch.entries().stream()
                .map(entry -> results.of(entry, batch.model(),
                        outcomes.getOrDefault(entry.customId(), LaneOutcome.failure(missing)))).toList());
    }

    private void finish(int partition, PartitionLane lane, String batchId, List<LaneEntry> entries,
                        List<dev.dakora.common.event.ModelCallCompleted> ended) throws InterruptedException {
        for (var result : ended) {
            sink.publish(result);
        }
        store.remove(partition, entries.stream().map(LaneEntry::callId).toList());
        lane.finished(batchId, entries);
    }
}
