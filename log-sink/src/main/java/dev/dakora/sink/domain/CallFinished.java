package dev.dakora.sink.domain;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call of the batch ended (first delivery of its result only).
 *
 * @param costUsd {@code null} when the call was not priced
 */
public record CallFinished(String batchId, String callId, CallStatus status, long tokensIn, long tokensOut,
                           BigDecimal costUsd, Instant at) implements BatchSignal {

    static CallFinished of(String batchId, ModelCallCompleted call) {
        return new CallFinished(batchId, call.callId(), call.status(), call.tokensIn(), call.tokensOut(),
                call.costUsd(), call.completedAt());
    }
}
