package dev.dakora.client;

/**
 * The answer to a cancellation: for a job, {@code jobId}, its {@code status} and {@code cancelRequested};
 * for a batch, {@code batchId} and how many of its jobs were asked to stop.
 */
public record Cancellation(String jobId, String batchId, String status, Boolean cancelRequested,
                           Integer cancelRequestedJobs) {
}
