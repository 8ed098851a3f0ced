package dev.dakora.gateway.domain;

/**
 * A submission Kafka acknowledged (or, for a repeated idempotency key, the job accepted before).
 *
 * @param created {@code false} when an earlier request with the same idempotency key made this job
 */
public record Accepted(String jobId, boolean created) {
}
