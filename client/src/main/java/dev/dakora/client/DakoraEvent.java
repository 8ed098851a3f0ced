package dev.dakora.client;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A live event from {@code /ws/events}. A client that connects late first gets the current state
 * ({@link JobStatus} or the calls and {@link JobCompleted} so far, or a {@link BatchProgress}), then the rest.
 */
public sealed interface DakoraEvent {

    /** {@code call.completed}: one model call of a job finished ({@code error} set if it failed). */
    record CallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                         String version, String model, String provider, String status, String output, long tokensIn,
                         long tokensOut, BigDecimal costUsd, long latencyMs, String error, int attempts,
                         Map<String, Object> inputs, String completedAt) implements DakoraEvent {
    }

    /** {@code job.completed}: the job is final; {@code result} is the comparison of a compare job. */
    record JobCompleted(String jobId, String batchId, Integer rowIndex, String jobType, String status,
                        String templateId, String version, String rendered, CompareResult result, String error,
                        String completedAt) implements DakoraEvent {
    }

    /** {@code job.status}: the state of a job not yet final, sent first to a client that connects late. */
    record JobStatus(String jobId, String batchId, String jobType, String status, String templateId,
                     String version, String createdAt) implements DakoraEvent {
    }

    /** {@code batch.progress}: the batch counters after a job of the batch ended. */
    record BatchProgress(String batchId, String status, int totalJobs, int completedJobs, int failedJobs,
                         int totalCalls, int completedCalls, BigDecimal totalCostUsd, long totalTokensIn,
                         long totalTokensOut) implements DakoraEvent {
    }

    /** An event type this client version does not know, with its raw fields. */
    record Other(String type, Map<String, Object> fields) implements DakoraEvent {
    }
}
