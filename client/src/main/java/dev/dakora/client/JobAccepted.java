package dev.dakora.client;

/**
 * The answer to a job submission: the job's id, its status ({@code queued}) and {@code created}, false when an
 * earlier submission with the same idempotency key made the job.
 */
public record JobAccepted(String jobId, String status, Boolean created) {

    public JobAccepted(String jobId, String status) {
        this(jobId, status, null);
    }
}
