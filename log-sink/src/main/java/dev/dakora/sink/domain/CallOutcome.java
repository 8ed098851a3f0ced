package dev.dakora.sink.domain;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelResult;

/**
 * How one call of a job ended, as the job's aggregate keeps it.
 *
 * @param result the call's entry in the comparison result; dropped ({@code null}) once the job is final
 */
public record CallOutcome(CallStatus status, ModelResult result) {

    static CallOutcome of(ModelCallCompleted call) {
        return new CallOutcome(call.status(), ModelResult.of(call));
    }

    CallOutcome withoutResult() {
        return new CallOutcome(status, null);
    }
}
