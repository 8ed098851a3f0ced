package dev.dakora.gateway.support;

import org.springframework.r2dbc.core.DatabaseClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes rows into the log sink's tables as the sink would, for the gateway's read routes. */
public final class SinkRows {

    private final DatabaseClient db;

    public SinkRows(DatabaseClient db) {
        this.db = db;
    }

    /** A job row; {@code resultJson} and {@code error} may be null. */
    public void job(String jobId, String status, String templateId, String batchId, Integer rowIndex, String resultJson,
                    String error, Instant createdAt) {
        var spec = db.sql("""
                        INSERT INTO jobs (job_id, type, status, template_id, version, batch_id, row_index, inputs, models,
                                          rendered, result, error, created_at, updated_at, completed_at)
                        VALUES (:job, 'compare', :status, :template, '1.0.0', :batch, :row, '{"name":"Ada"}', '["echo"]',
                                'Hello Ada!', CAST(:result AS jsonb), :error, :created, :created, :completed)""")
                .bind("job", jobId).bind("status", status).bind("template", templateId)
                .bind("created", at(createdAt));
        spec = batchId == null ? spec.bindNull("batch", String.class).bindNull("row", Integer.class)
                : spec.bind("batch", batchId).bind("row", rowIndex);
        spec = resultJson == null ? spec.bindNull("result", String.class) : spec.bind("result", resultJson);
        spec = error == null ? spec.bindNull("error", String.class) : spec.bind("error", error);
        boolean done = !status.equals("queued") && !status.equals("running");
        spec = done ? spec.bind("completed", at(createdAt.plusSeconds(1))) : spec.bindNull("completed", OffsetDateTime.class);
        spec.then().block();
    }

    public void batch(String batchId, String status, int totalJobs, int completedJobs, int totalCalls, int completedCalls,
                      BigDecimal cost, Instant createdAt) {
        db.sql("""
                        INSERT INTO batches (batch_id, name, template_id, version, models, status, total_jobs, completed_jobs,
                                             failed_jobs, total_calls, completed_calls, total_cost_usd, total_tokens_in,
                                             total_tokens_out, created_at, updated_at)
                        VALUES (:batch, 'nightly', 't', '1.0.0', '["echo"]', :status, :jobs, :done, 0, :calls, :callsDone,
                                :cost, 10, 20, :created, :created)""")
                .bind("batch", batchId).bind("status", status).bind("jobs", totalJobs).bind("done", completedJobs)
                .bind("calls", totalCalls).bind("callsDone", completedCalls).bind("cost", cost).bind("created", at(createdAt))
                .then().block();
    }

    /** A call row: failed when {@code error} is set (no output, tokens or cost). */
    public void execution(String jobId, String batchId, Integer rowIndex, String templateId, String model, String output,
                          long latencyMs, BigDecimal cost, String error, Instant createdAt) {
        boolean failed = error != null;
        var spec = db.sql("""
                        INSERT INTO executions (call_id, job_id, batch_id, row_index, prompt_id, version, inputs_json,
                                                output_text, provider, model, tokens_in, tokens_out, cost_usd, priced,
                                                latency_ms, status, error, attempts, created_at)
                        VALUES (:call, :job, :batch, :row, :template, '1.0.0', '{"name":"Ada, \\"A\\""}', :output, :provider,
                                :model, :tin, :tout, :cost, :priced, :latency, :status, :error, 1, :created)""")
                .bind("call", jobId + ":" + model + ":0").bind("job", jobId).bind("template", templateId)
                .bind("provider", model.contains("/") ? model.substring(0, model.indexOf('/')) : "echo")
                .bind("model", model).bind("tin", failed ? 0L : 12L).bind("tout", failed ? 0L : 40L)
                .bind("priced", cost != null).bind("latency", latencyMs).bind("status", failed ? "failed" : "succeeded")
                .bind("created", at(createdAt));
        spec = batchId == null ? spec.bindNull("batch", String.class).bindNull("row", Integer.class)
                : spec.bind("batch", batchId).bind("row", rowIndex);
        spec = output == null || failed ? spec.bindNull("output", String.class) : spec.bind("output", output);
        spec = cost == null || failed ? spec.bindNull("cost", BigDecimal.class) : spec.bind("cost", cost);
        spec = error == null ? spec.bindNull("error", String.class) : spec.bind("error", error);
        spec.then().block();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
