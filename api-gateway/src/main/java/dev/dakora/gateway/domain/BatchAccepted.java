package dev.dakora.gateway.domain;

import java.time.Instant;

/**
 * A batch whose every job Kafka acknowledged.
 *
 * @param lane        the lane written into its calls' params ({@code online} or {@code batch}); null when none was
 *                    (the batch runs online)
 * @param submittedAt the batch's submission time, as stored (microseconds, as PostgreSQL keeps it)
 */
public record BatchAccepted(String batchId, int totalJobs, int totalCalls, String lane, Instant submittedAt) {
}
