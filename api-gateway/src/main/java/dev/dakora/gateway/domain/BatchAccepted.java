package dev.dakora.gateway.domain;

/** A batch whose every job Kafka acknowledged. */
public record BatchAccepted(String batchId, int totalJobs, int totalCalls) {
}
