package dev.dakora.sink.domain;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ComparisonResult;
import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelResult;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that make a job final, applied to one event at a time in the order the job's events arrive.
 * A job is final only once its submission is known, and then: a render failure fails it; a render job
 * completes when rendered; a compare job completes when every call its render fanned out has a result
 * ({@code cancelled} if any of them came back cancelled); a job cancelled before it rendered is
 * cancelled at once. A call id is counted once, however often its result is delivered.
 */
public final class JobAggregation {

    private JobAggregation() {
    }

    public static JobStep apply(JobState state, Object event) {
        return switch (event) {
            case ModelCallCompleted call -> onCall(state, call);
            case JobSubmitted job when !state.finished() -> settle(state.submittedBy(job), job.submittedAt(), List.of());
            case RenderCompleted render when !state.finished() ->
                    settle(state.renderedBy(render), render.renderedAt(), List.of());
            case RenderFailed failure when !state.finished() ->
                    settle(state.failedBy(failure), failure.failedAt(), List.of());
            case JobCancelled cancel when !state.finished() -> settle(state.cancelledBy(cancel), cancel.cancelledAt(), List.of());
            case null, default -> JobStep.unchanged();
        };
    }

    private static JobStep onCall(JobState state, ModelCallCompleted call) {
        if (state.seen(call.callId())) {
            return JobStep.unchanged();
        }
        JobState next = state.with(call);
        List<BatchSignal> signals = next.batchId() == null ? List.of() : List.of(CallFinished.of(next.batchId(), call));
        return state.finished() ? new JobStep(next, null, signals) : settle(next, call.completedAt(), signals);
    }

    private static JobStep settle(JobState state, Instant at, List<BatchSignal> signals) {
        JobStatus status = state.submitted() ? finalStatus(state) : null;
        if (status == null) {
            return new JobStep(state, null, signals);
        }
        JobCompleted completed = new JobCompleted(state.jobId(), state.batchId(), state.rowIndex(), state.type(), status,
                state.templateId(), state.version(), state.rendered(), result(state), state.renderError(), at);
        List<BatchSignal> all = new ArrayList<>(signals);
        if (state.batchId() != null) {
            all.add(new JobFinished(state.batchId(), state.jobId(), status, at));
        }
        return new JobStep(state.finishedAs(status, at), completed, all);
    }

    private static JobStatus finalStatus(JobState state) {
        if (state.renderError() != null) {
            return JobStatus.FAILED;
        }
        if (!state.renderKnown()) {
            return state.cancelledAt() != null ? JobStatus.CANCELLED : null;
        }
        if (state.type() == JobType.RENDER) {
            return JobStatus.COMPLETED;
        }
        if (!state.expectedCallIds().stream().allMatch(state::seen)) {
            return null;
        }
        boolean cancelled = state.expectedCallIds().stream()
                .anyMatch(id -> state.calls().get(id).status() == CallStatus.CANCELLED);
        return cancelled ? JobStatus.CANCELLED : JobStatus.COMPLETED;
    }

    private static ComparisonResult result(JobState state) {
        if (state.type() != JobType.COMPARE || !state.renderKnown() || state.renderError() != null) {
            return null;
        }
        List<ModelResult> results = state.expectedCallIds().stream().map(id -> state.calls().get(id))
                .map(outcome -> outcome == null ? null : outcome.result()).toList();
        return results.contains(null) ? null : ComparisonResult.of(results);
    }
}
