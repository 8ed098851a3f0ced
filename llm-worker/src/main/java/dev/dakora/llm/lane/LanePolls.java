package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallCompleted;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

import java.util.Map;

/**
 * Polls of submitted provider batches. A batch all of whose calls belong to cancelled jobs is cancelled at
 * the provider first (once; a batch shared with a job that is not cancelled runs on). When a batch ends,
 * each call's result is published: an answer as succeeded and billed at the batch price, whatever its job;
 * a call of a cancelled job without an answer as cancelled; any other as the provider ended it.
 */
final class LanePolls {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(LanePolls.class));

    private final LaneSteps steps;

    LanePolls(LaneSteps steps) {
        this.steps = steps;
    }

    void poll(int partition, PartitionLane lane, PartitionLane.Submitted due) throws InterruptedException {
        ProviderBatches provider = steps.routing().provider(due.model());
        PartitionLane.Submitted batch = due;
        if (!batch.cancelAsked() && batch.entries().stream().allMatch(steps::cancelled)) {
            try {
                provider.cancel(batch.batchId());
                LOG.info(() -> "batch lane: provider batch " + due.batchId() + " cancelled: every call of it belongs to cancelled jobs");
            } catch (BatchApiException e) {
                if (e.retriable()) {
                    lane.pollAgain(batch, steps.clock().instant().plus(steps.settings().pollInterval()));
                    return;
                }
                LOG.info(() -> "batch lane: the provider did not cancel batch " + due.batchId() + " (it may have ended): " + e.getMessage());
            }
            batch = lane.cancelAsked(batch);
        }
        Map<String, LaneOutcome> outcomes;
        BatchState state;
        try {
            state = provider.poll(batch.batchId());
            outcomes = state.ended() ? provider.results(state) : Map.of();
        } catch (BatchApiException e) {
            if (e.retriable()) {
                lane.pollAgain(batch, steps.clock().instant().plus(steps.settings().pollInterval()));
                return;
            }
            String why = "the provider's batch " + batch.batchId() + " cannot be read: " + e.getMessage();
            PartitionLane.Submitted failed = batch;
            steps.finish(partition, lane, batch.batchId(), batch.entries(), batch.entries().stream()
                    .map(entry -> steps.results().of(entry, failed.model(), LaneOutcome.failure(why))).toList());
            return;
        }
        if (!state.ended()) {
            lane.pollAgain(batch, steps.clock().instant().plus(steps.settings().pollInterval()));
            return;
        }
        String missing = state.missing() != null ? state.missing()
                : "no result for this call in the provider's batch " + batch.batchId();
        PartitionLane.Submitted ended = batch;
        steps.finish(partition, lane, batch.batchId(), batch.entries(), batch.entries().stream()
                .map(entry -> result(ended, entry, outcomes.getOrDefault(entry.customId(), LaneOutcome.failure(missing)))).toList());
    }

    private ModelCallCompleted result(PartitionLane.Submitted batch, LaneEntry entry, LaneOutcome outcome) {
        if (!outcome.succeeded() && steps.cancelled(entry)) {
            return steps.results().cancelled(entry, batch.model(), outcome.error());
        }
        return steps.results().of(entry, batch.model(), outcome);
    }
}
