package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallRequested;

import java.time.Instant;

/**
 * A call the batch lane holds, as stored durably: collected (no provider batch yet), submitting (about to
 * be sent in the provider batch tagged {@code laneKey}, under {@code customId}), or submitted as
 * {@code providerBatch} under {@code customId}. A call whose result is published is removed.
 *
 * @param collectedAt when the lane took the call (the age a collection is flushed by)
 * @param submittedAt when the call was stored as submitting, then when the provider accepted its batch
 * @param laneKey     the key the provider batch carries (OpenAI: in its metadata), set from submitting on
 */
public record LaneEntry(ModelCallRequested call, Instant collectedAt, String providerBatch, String customId,
                        Instant submittedAt, String laneKey) {

    public static LaneEntry collected(ModelCallRequested call, Instant at) {
        return new LaneEntry(call, at, null, null, null, null);
    }

    public boolean submitted() {
        return providerBatch != null;
    }

    /** Stored before the provider is asked to create the batch: the batch may exist even if its id was never stored. */
    public boolean submitting() {
        return providerBatch == null && laneKey != null;
    }

    LaneEntry submittingAs(String key, String id, Instant at) {
        return new LaneEntry(call, collectedAt, null, id, at, key);
    }

    LaneEntry submittedAs(String batch, Instant at) {
        return new LaneEntry(call, collectedAt, batch, customId, at, laneKey);
    }

    String callId() {
        return call.callId();
    }
}
