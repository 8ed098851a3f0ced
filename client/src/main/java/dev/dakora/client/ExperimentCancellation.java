package dev.dakora.client;

/** What {@code POST /api/experiments/{id}/cancel} asked: the batches and jobs whose cancellation was sent. */
public record ExperimentCancellation(String experimentId, int cancelRequestedBatches, long cancelRequestedJobs) {
}
