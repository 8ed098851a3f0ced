package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallRequested;

import java.time.Instant;

/**
 * A call the batch lane holds, as stored durably: collected (no provider batch yet), or submitted as
 * {@code providerBatch} under {@code customId}. A call whose result is published is removed.
 *
 * @param collectedAt when the lane took the call (the age a collection is flushed by)
 */
public record LaneEntry(ModelCallRequested call, Instant collectedAt, String providerBatch, String customId,
                        Instant submittedAt) {

    public static LaneEntry collected(ModelCallRequested call, Instant at) {
        return new LaneEntry(call, at, null, null, null);
    }

    public boolean submitted() {
        return providerBatch != null;
    }

    LaneEntry submittedAs(String batch, String id, Instant at) {
        return new LaneEntry(call, collectedAt, batch, id, at);
    }

    String callId() {
        return call.callId();
    }
}
