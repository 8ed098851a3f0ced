package dev.dakora.sink.domain;

import dev.dakora.common.event.JobStatus;

import java.time.Instant;

/** A job of the batch became final. */
public record JobFinished(String batchId, String jobId, JobStatus status, Instant at) implements BatchSignal {
}
