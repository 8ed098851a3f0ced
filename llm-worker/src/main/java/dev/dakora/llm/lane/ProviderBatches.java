package dev.dakora.llm.lane;

import dev.dakora.common.model.ModelName;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provider's batch API: submit requests as one batch, poll it, read its results by custom id, cancel
 * it; and, where the provider keeps a tag on its batches, find a batch by the lane key it was created with.
 */
public interface ProviderBatches {

    /**
     * @param laneKey the lane's key of this batch, stored before this call; a provider that can keep it
     *                with the batch does, so that {@link #find} finds the batch if its id is lost
     * @return the provider's id of the new batch
     */
    String submit(ModelName model, List<LaneRequest> requests, String laneKey) throws InterruptedException;

    BatchState poll(String batchId) throws InterruptedException;

    /** The outcome of every request that has one, by custom id; only for an ended batch. */
    Map<String, LaneOutcome> results(BatchState state) throws InterruptedException;

    /** Asks the provider to stop the batch: requests not run end as cancelled, finished ones keep their results. */
    void cancel(String batchId) throws InterruptedException;

    /** Whether {@link #find} can tell if a batch with a given lane key exists. */
    default boolean findsByKey() {
        return false;
    }

    /**
     * The provider's batch created with {@code laneKey} no earlier than {@code since}; empty when there is none.
     * Only for a provider that {@link #findsByKey()}.
     */
    default Optional<String> find(String laneKey, Instant since) throws InterruptedException {
        throw new UnsupportedOperationException("this provider keeps no key with its batches");
    }

    /** How long the provider may take: the expected completion. */
    Duration completionWindow();
}
