package dev.dakora.sink.domain;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.JobStatus;

import java.time.Instant;

/**
 * Adds one signal to a batch's counters. Only successful calls add tokens and cost (an unpriced call adds
 * no cost); every call that was not cancelled counts as completed. Signals arrive once per job and call
 * id (the job aggregate filters redeliveries), so this only sums.
 */
public final class BatchAggregation {

    private BatchAggregation() {
    }

    public static BatchState apply(BatchState state, BatchSignal signal) {
        BatchState next = switch (signal) {
            case BatchOpened opened -> new BatchState(state.batchId(), opened.batch(), state.completedJobs(),
                    state.failedJobs(), state.cancelledJobs(), state.completedCalls(), state.totalCostUsd(),
                    state.totalTokensIn(), state.totalTokensOut(), state.progressed(), later(state, signal),
                    state.completedAt());
            case JobFinished job -> new BatchState(state.batchId(), state.submission(),
                    state.completedJobs() + (job.status() == JobStatus.COMPLETED ? 1 : 0),
                    state.failedJobs() + (job.status() == JobStatus.FAILED ? 1 : 0),
                    state.cancelledJobs() + (job.status() == JobStatus.CANCELLED ? 1 : 0),
                    state.completedCalls(), state.totalCostUsd(), state.totalTokensIn(), state.totalTokensOut(), true,
                    later(state, signal), state.completedAt());
            case CallFinished call -> withCall(state, call);
        };
        return next.completedAt() == null && next.allJobsFinal() ? finalAt(next) : next;
    }

    private static BatchState withCall(BatchState state, CallFinished call) {
        boolean succeeded = call.status() == CallStatus.SUCCEEDED;
        return new BatchState(state.batchId(), state.submission(), state.completedJobs(), state.failedJobs(),
                state.cancelledJobs(),
                state.completedCalls() + (call.status() == CallStatus.CANCELLED ? 0 : 1),
                succeeded && call.costUsd() != null ? state.totalCostUsd().add(call.costUsd()) : state.totalCostUsd(),
                state.totalTokensIn() + (succeeded ? call.tokensIn() : 0),
                state.totalTokensOut() + (succeeded ? call.tokensOut() : 0), true, later(state, call),
                state.completedAt());
    }

    /** Final as of its latest signal: a submission seen last does not date the batch back. */
    private static BatchState finalAt(BatchState state) {
        return new BatchState(state.batchId(), state.submission(), state.completedJobs(), state.failedJobs(),
                state.cancelledJobs(), state.completedCalls(), state.totalCostUsd(), state.totalTokensIn(),
                state.totalTokensOut(), state.progressed(), state.updatedAt(), state.updatedAt());
    }

    private static Instant later(BatchState state, BatchSignal signal) {
        return state.updatedAt() == null || signal.at().isAfter(state.updatedAt()) ? signal.at() : state.updatedAt();
    }
}
