package dev.dakora.client;

/** The answer to a batch submission. */
public record BatchAccepted(String batchId, int totalJobs, int totalCalls, String status) {
}
