package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.model.ModelName;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Submissions, in the order that bills a batch once: the calls are stored as submitting under the batch's
 * lane key, then the provider is asked to create the batch (tagged with the key where it keeps one), then
 * the calls are stored as submitted. Calls found submitting (the worker died, or the creation got no
 * answer) are first looked for at the provider by their key and adopted into the batch found; only when
 * there is none, or the provider keeps no key (Anthropic), are they submitted again.
 */
final class LaneSubmissions {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(LaneSubmissions.class));
    /** How far before a call was stored as submitting the provider's batches are searched: clocks differ. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final LaneSteps steps;

    LaneSubmissions(LaneSteps steps) {
        this.steps = steps;
    }

    /** Stores the calls as submitting under their lane key, then creates the provider batch. Cancelled calls end here. */
    void submit(int partition, PartitionLane lane, ModelName model, List<LaneEntry> entries) throws InterruptedException {
        List<LaneEntry> live = new ArrayList<>();
        for (LaneEntry entry : entries) {
            if (steps.cancelled(entry)) {
                steps.finish(partition, lane, null, List.of(entry),
                        List.of(steps.results().unsent(entry, model, CallStatus.CANCELLED, "cancelled")));
            } else {
                live.add(entry);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        String key = LaneKeys.of(live);
        Instant at = steps.clock().instant();
        List<LaneEntry> submitting = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            submitting.add(live.get(i).submittingAs(key, "c" + i, at));
        }
        steps.store().save(partition, submitting);
        create(partition, lane, model, key, submitting);
    }

    /** Calls stored as submitting: adopted into the provider's batch tagged with their key, or submitted again. */
    void retry(int partition, PartitionLane lane, PartitionLane.Pending pending) throws InterruptedException {
        ProviderBatches provider = steps.routing().provider(pending.model());
        if (!provider.findsByKey()) {
            LOG.warn(() -> "batch lane: " + pending.entries().size() + " calls of " + pending.model().key() + " are submitted again;"
                    + " if their earlier submission reached " + pending.model().provider() + " it runs twice (no key to find it by)");
            submit(partition, lane, pending.model(), pending.entries());
            return;
        }
        Instant since = pending.entries().stream().map(LaneEntry::submittedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(steps.clock().instant()).minus(CLOCK_MARGIN);
        Optional<String> found;
        try {
            found = provider.find(pending.key(), since);
        } catch (BatchApiException e) {
            if (e.retriable()) {
                LOG.warn(() -> "batch lane: looking for batch " + pending.key() + " failed, trying again at the next round: " + e.getMessage());
                lane.pending(pending.key(), pending.model(), pending.entries(), next());
                return;
            }
            steps.finish(partition, lane, null, pending.entries(), pending.entries().stream().map(entry -> steps.results()
                    .unsent(entry, pending.model(), CallStatus.FAILED, "the provider's batches cannot be listed: " + e.getMessage())).toList());
            return;
        }
        if (found.isPresent()) {
            LOG.info(() -> "batch lane: " + pending.entries().size() + " calls adopted into " + found.get() + ", created before their id was stored");
            stored(partition, lane, pending.model(), found.get(), pending.entries());
        } else {
            submit(partition, lane, pending.model(), pending.entries());
        }
    }

    private void create(int partition, PartitionLane lane, ModelName model, String key, List<LaneEntry> submitting)
            throws InterruptedException {
        List<LaneRequest> requests = submitting.stream()
                .map(entry -> new LaneRequest(entry.customId(), entry.call().prompt(), CallLane.without(entry.call().params()))).toList();
        String batchId;
        try {
            batchId = steps.routing().provider(model).submit(model, requests, key);
        } catch (BatchApiException e) {
            if (e.retriable()) {
                LOG.warn(() -> "batch lane: submitting " + submitting.size() + " calls of " + model.key()
                        + " failed, trying again at the next round: " + e.getMessage());
                lane.pending(key, model, submitting, next());
                return;
            }
            steps.finish(partition, lane, null, submitting, submitting.stream().map(entry -> steps.results().unsent(entry, model,
                    CallStatus.FAILED, "the provider refused the batch: " + e.getMessage())).toList());
            return;
        }
        stored(partition, lane, model, batchId, submitting);
        LOG.info(() -> "batch lane: " + submitting.size() + " calls of " + model.key() + " submitted as " + batchId);
    }

    private void stored(int partition, PartitionLane lane, ModelName model, String batchId, List<LaneEntry> entries)
            throws InterruptedException {
        Instant at = steps.clock().instant();
        List<LaneEntry> submitted = entries.stream().map(entry -> entry.submittedAs(batchId, at)).toList();
        steps.store().save(partition, submitted);
        lane.resume(batchId, model, submitted, at.plus(steps.settings().pollInterval()));
    }

    private Instant next() {
        return steps.clock().instant().plus(steps.settings().pollInterval());
    }
}
