package dev.dakora.gateway.messaging;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.gateway.messaging.LiveEvents.LiveEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON clients see for each pipeline event: {@code call.completed} (the call's fields),
 * {@code job.completed} (the job as {@code GET /api/jobs/{id}} shows it, its kind as {@code job_type})
 * and {@code batch.progress} (the batch counters), each with {@code type} first.
 */
public final class LiveEventMapper {

    public static final String CALL_COMPLETED = "call.completed";
    public static final String JOB_COMPLETED = "job.completed";
    public static final String BATCH_PROGRESS = "batch.progress";
    public static final String JOB_STATUS = "job.status";

    private LiveEventMapper() {
    }

    /** Without the prompt: frames stay small, and match what a snapshot from the log carries. */
    public static LiveEvent of(ModelCallCompleted call) {
        Map<String, Object> fields = fields(call);
        fields.remove("prompt");
        return new LiveEvent(call.jobId(), call.batchId(), CALL_COMPLETED, typed(CALL_COMPLETED, fields));
    }

    public static LiveEvent of(ResultEvent event) {
        return switch (event) {
            case JobCompleted job -> {
                Map<String, Object> fields = fields(job);
                fields.put("job_type", fields.remove("type"));
                yield new LiveEvent(job.jobId(), job.batchId(), JOB_COMPLETED, typed(JOB_COMPLETED, fields));
            }
            case BatchProgressed batch ->
                    new LiveEvent(null, batch.batchId(), BATCH_PROGRESS, typed(BATCH_PROGRESS, fields(batch)));
        };
    }

    /** {@code type} first, then {@code fields}. */
    public static Map<String, Object> typed(String type, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        fields.forEach(body::putIfAbsent);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object event) {
        Map<String, Object> fields = new LinkedHashMap<>(EventJson.mapper().convertValue(event, Map.class));
        fields.remove("event");
        return fields;
    }
}
