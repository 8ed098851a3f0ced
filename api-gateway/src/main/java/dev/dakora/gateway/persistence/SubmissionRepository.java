package dev.dakora.gateway.persistence;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobSubmitted;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The gateway's own record of what it accepted ({@code job_submissions}, {@code batch_submissions}).
 * A job is recorded before it is published; its idempotency key is unique, so of two requests with the
 * same key only one inserts, and the other finds the job the first one made.
 */
public class SubmissionRepository {

    private final DatabaseClient db;

    public SubmissionRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Records the job; empty when another job already holds {@code idempotencyKey}. */
    public Mono<String> insertJob(JobSubmitted job, String templateId, String version, String idempotencyKey) {
        var spec = db.sql("""
                        INSERT INTO job_submissions (job_id, idempotency_key, type, template_id, version, created_at)
                        VALUES (:job, :key, :type, :template, :version, :created)
                        ON CONFLICT (idempotency_key) DO NOTHING RETURNING job_id""")
                .bind("job", job.jobId())
                .bind("type", job.type().wireName())
                .bind("template", templateId)
                .bind("version", version)
                .bind("created", OffsetDateTime.ofInstant(job.submittedAt(), ZoneOffset.UTC));
        spec = idempotencyKey == null ? spec.bindNull("key", String.class) : spec.bind("key", idempotencyKey);
        return spec.map(row -> row.get("job_id", String.class)).one();
    }

    public Mono<String> jobOfKey(String idempotencyKey) {
        return db.sql("SELECT job_id FROM job_submissions WHERE idempotency_key = :key")
                .bind("key", idempotencyKey).map(row -> row.get("job_id", String.class)).one();
    }

    /** Forgets a job Kafka never took, so that a retry with the same key can submit it again. */
    public Mono<Void> deleteJob(String jobId) {
        return db.sql("DELETE FROM job_submissions WHERE job_id = :job").bind("job", jobId).then();
    }

    public Mono<Void> insertBatch(BatchSubmitted batch) {
        var spec = db.sql("""
                        INSERT INTO batch_submissions (batch_id, name, template_id, version, models, total_jobs, total_calls, created_at)
                        VALUES (:batch, :name, :template, :version, CAST(:models AS jsonb), :jobs, :calls, :created)""")
                .bind("batch", batch.batchId())
                .bind("template", batch.templateId())
                .bind("version", batch.version())
                .bind("models", EventJson.writeString(batch.models()))
                .bind("jobs", batch.totalJobs())
                .bind("calls", batch.totalCalls())
                .bind("created", OffsetDateTime.ofInstant(batch.submittedAt(), ZoneOffset.UTC));
        return (batch.name() == null ? spec.bindNull("name", String.class) : spec.bind("name", batch.name())).then();
    }

    /** Records the lane a batch's calls take (see {@code BatchLanes}). */
    public Mono<Void> recordLane(String batchId, String lane) {
        return db.sql("UPDATE batch_submissions SET lane = :lane WHERE batch_id = :batch")
                .bind("lane", lane).bind("batch", batchId).then();
    }

    public Mono<Void> deleteBatch(String batchId) {
        return db.sql("DELETE FROM batch_submissions WHERE batch_id = :batch").bind("batch", batchId).then();
    }
}
