package dev.dakora.common.event;

import java.time.Instant;

/** A job's template could not be rendered; the job fails with {@code error}. */
public record RenderFailed(String jobId, String batchId, Integer rowIndex, String error, Instant failedAt)
        implements RenderEvent {

    public RenderFailed {
        Require.text(jobId, "job_id");
        Require.text(error, "error");
        Require.present(failedAt, "failed_at");
    }
}
