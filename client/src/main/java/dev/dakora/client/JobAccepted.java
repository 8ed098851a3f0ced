package dev.dakora.client;

/** The answer to a job submission: the job's id and status ({@code queued}). */
public record JobAccepted(String jobId, String status) {
}
