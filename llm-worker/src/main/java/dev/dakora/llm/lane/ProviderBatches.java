package dev.dakora.llm.lane;

import dev.dakora.common.model.ModelName;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One provider's batch API: submit requests as one batch, poll it, read its results by custom id. */
public interface ProviderBatches {

    /** @return the provider's id of the new batch */
    String submit(ModelName model, List<LaneRequest> requests) throws InterruptedException;

    BatchState poll(String batchId) throws InterruptedException;

    /** The outcome of every request that has one, by custom id; only for an ended batch. */
    Map<String, LaneOutcome> results(BatchState state) throws InterruptedException;

    /** How long the provider may take: the expected completion. */
    Duration completionWindow();
}
