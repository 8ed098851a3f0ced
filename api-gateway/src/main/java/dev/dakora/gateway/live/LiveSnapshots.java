package dev.dakora.gateway.live;

import dev.dakora.common.event.EventJson;
import dev.dakora.gateway.messaging.LiveEventMapper;
import dev.dakora.gateway.persistence.BatchReads;
import dev.dakora.gateway.persistence.BatchSavings;
import dev.dakora.gateway.persistence.ExecutionReads;
import dev.dakora.gateway.persistence.JobReads;
import reactor.core.publisher.Flux;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The current state of a job or batch as live events, for a client that connects late: a job's status
 * ({@code job.status}, or {@code job.completed} once final, last) with its calls so far
 * ({@code call.completed}); a batch's counters, lane and saving as its read model shows them ({@code batch.progress}). Nothing for an id not stored yet.
 */
public class LiveSnapshots {

    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");

    private final JobReads jobs;
    private final BatchReads batches;
    private final BatchSavings savings;
    private final ExecutionReads executions;

    public LiveSnapshots(JobReads jobs, BatchReads batches, BatchSavings savings, ExecutionReads executions) {
        this.jobs = jobs;
        this.batches = batches;
        this.savings = savings;
        this.executions = executions;
    }

    public Flux<Map<String, Object>> ofJob(String jobId) {
        return jobs.find(jobId).flatMapMany(job -> {
            Map<String, Object> fields = fields(job);
            fields.put("job_type", fields.remove("type"));
            boolean done = FINAL.contains(String.valueOf(job.status()));
            Flux<Map<String, Object>> calls = executions.callsOfJob(jobId)
                    .map(call -> LiveEventMapper.typed(LiveEventMapper.CALL_COMPLETED, fields(call)));
            return done
                    ? calls.concatWith(Flux.just(LiveEventMapper.typed(LiveEventMapper.JOB_COMPLETED, fields)))
                    : Flux.just(LiveEventMapper.typed(LiveEventMapper.JOB_STATUS, fields)).concatWith(calls);
        });
    }

    public Flux<Map<String, Object>> ofBatch(String batchId) {
        return batches.find(batchId).flatMap(savings::of).map(batch -> LiveEventMapper.typed(LiveEventMapper.BATCH_PROGRESS, fields(batch))).flux();
    }

    /** The record's JSON fields in order, as the read routes write them (numbers keep their Java types). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Record view) {
        return new LinkedHashMap<>(EventJson.mapper().convertValue(view, Map.class));
    }

    /** Whether a job's subscriber has seen the end: the job completed. */
    public static boolean isLastOfJob(Map<String, Object> event) {
        return LiveEventMapper.JOB_COMPLETED.equals(event.get("type"));
    }

    /**
     * Whether a batch's subscriber has seen the end: the batch reached a final status. Its member jobs
     * completing one by one do not end it.
     */
    public static boolean isLastOfBatch(Map<String, Object> event) {
        return LiveEventMapper.BATCH_PROGRESS.equals(event.get("type")) && FINAL.contains(String.valueOf(event.get("status")));
    }
}
