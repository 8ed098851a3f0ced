package dev.dakora.sink.domain;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the log sink knows of one job, kept in a state store until the job is final and afterwards in a
 * compact form (call statuses without results) so that a redelivered call result is still recognised.
 *
 * @param expectedCallIds the calls the render fanned out, in request order; {@code null} until rendered
 * @param calls           every call result seen, by call id, whether expected yet or not; stored as a list
 *                        ({@link CallsJson})
 * @param finalStatus     {@code null} while the job is open
 * @param finishedAt      when the job became final (the time of the event that made it so); {@code null}
 *                        while open, and in a final state written before this field existed
 */
public record JobState(String jobId, JobType type, String batchId, Integer rowIndex, String templateId,
                       String version, boolean submitted, String rendered, List<String> expectedCallIds,
                       String renderError, Instant cancelledAt,
                       @JsonSerialize(using = CallsJson.Writer.class)
                       @JsonDeserialize(using = CallsJson.Reader.class) Map<String, CallOutcome> calls,
                       JobStatus finalStatus, Instant finishedAt) {

    public JobState {
        expectedCallIds = expectedCallIds == null ? null : List.copyOf(expectedCallIds);
        calls = calls == null ? Map.of() : new LinkedHashMap<>(calls);
    }

    public static JobState open(String jobId) {
        return new JobState(jobId, null, null, null, null, null, false, null, null, null, null, Map.of(), null, null);
    }

    public boolean finished() {
        return finalStatus != null;
    }

    boolean renderKnown() {
        return expectedCallIds != null;
    }

    boolean seen(String callId) {
        return calls.containsKey(callId);
    }

    JobState submittedBy(JobSubmitted job) {
        Map<String, Object> template = job.template();
        return new JobState(jobId, job.type(), job.batchId(), job.rowIndex(), text(template.get("id")),
                text(template.get("version")), true, rendered, expectedCallIds, renderError, cancelledAt, calls,
                finalStatus, finishedAt);
    }

    JobState renderedBy(RenderCompleted render) {
        return new JobState(jobId, type, or(batchId, render.batchId()), or(rowIndex, render.rowIndex()), templateId,
                version, submitted, render.rendered(), render.callIds(), renderError, cancelledAt, calls, finalStatus,
                finishedAt);
    }

    JobState failedBy(RenderFailed failure) {
        return new JobState(jobId, type, or(batchId, failure.batchId()), or(rowIndex, failure.rowIndex()), templateId,
                version, submitted, rendered, expectedCallIds, failure.error(), cancelledAt, calls, finalStatus,
                finishedAt);
    }

    JobState cancelledBy(JobCancelled cancel) {
        return new JobState(jobId, type, batchId, rowIndex, templateId, version, submitted, rendered, expectedCallIds,
                renderError, cancelledAt == null ? cancel.cancelledAt() : cancelledAt, calls, finalStatus, finishedAt);
    }

    JobState with(ModelCallCompleted call) {
        Map<String, CallOutcome> more = new LinkedHashMap<>(calls);
        CallOutcome outcome = CallOutcome.of(call);
        more.put(call.callId(), finished() ? outcome.withoutResult() : outcome);
        return new JobState(jobId, type, or(batchId, call.batchId()), or(rowIndex, call.rowIndex()),
                or(templateId, call.templateId()), or(version, call.version()), submitted, rendered, expectedCallIds,
                renderError, cancelledAt, more, finalStatus, finishedAt);
    }

    /** The final form: the status and the call ids seen, nothing that only the result needed. */
    JobState finishedAs(JobStatus status, Instant at) {
        Map<String, CallOutcome> compact = new LinkedHashMap<>();
        calls.forEach((id, outcome) -> compact.put(id, outcome.withoutResult()));
        return new JobState(jobId, type, batchId, rowIndex, templateId, version, submitted, null, null, null,
                cancelledAt, compact, status, at);
    }

    /** A final state without its finishing time (written before it was kept), dated {@code at}. */
    public JobState finishedNoLaterThan(Instant at) {
        return finishedAt != null ? this : new JobState(jobId, type, batchId, rowIndex, templateId, version, submitted,
                rendered, expectedCallIds, renderError, cancelledAt, calls, finalStatus, at);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
