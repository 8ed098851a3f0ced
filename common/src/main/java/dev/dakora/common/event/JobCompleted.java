package dev.dakora.common.event;

import java.time.Instant;

/**
 * A job reached a final status.
 *
 * @param result the comparison result for a compare job that rendered; {@code null} otherwise
 * @param error  why the job failed (a render error), {@code null} otherwise
 */
public record JobCompleted(String jobId, String batchId, Integer rowIndex, JobType type, JobStatus status,
                           String templateId, String version, String rendered, ComparisonResult result, String error,
                           Instant completedAt) implements ResultEvent {

    public JobCompleted {
        Require.text(jobId, "job_id");
        Require.present(status, "status");
        Require.present(completedAt, "completed_at");
        if (!status.isFinal()) {
            throw new IllegalArgumentException("a completed job has a final status, not " + status.wireName());
        }
    }

    @Override
    public String key() {
        return jobId;
    }
}
