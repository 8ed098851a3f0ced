package dev.dakora.client;

/**
 * A job as {@code GET /api/jobs/{job_id}} shows it. {@code status} is {@code queued}, {@code running},
 * {@code completed}, {@code failed} or {@code cancelled}; {@code rendered} is set once rendered,
 * {@code result} for a completed compare job, {@code batchId} and {@code rowIndex} for a job of a batch.
 */
public record Job(String jobId, String type, String status, String templateId, String version, String createdAt,
                  String completedAt, String rendered, CompareResult result, String error, String batchId,
                  Integer rowIndex) {

    public boolean isFinal() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
