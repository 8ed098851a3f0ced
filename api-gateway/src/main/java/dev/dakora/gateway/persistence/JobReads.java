package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Jobs as the log sink keeps them ({@code jobs}), completed by the gateway's own submissions the sink
 * has not seen yet (those show as {@code queued}). Lists are newest first.
 */
public class JobReads {

    private static final String ALL_JOBS = """
            SELECT job_id, type, status, template_id, version, batch_id, row_index, rendered, result, error,
                   created_at, completed_at FROM jobs
            UNION ALL
            SELECT s.job_id, s.type, 'queued', s.template_id, s.version, NULL, NULL, NULL, NULL, NULL,
                   s.created_at, NULL FROM job_submissions s
             WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.job_id = s.job_id)""";

    private final DatabaseClient db;

    public JobReads(DatabaseClient db) {
        this.db = db;
    }

    public Mono<JobView> find(String jobId) {
        return db.sql("SELECT * FROM (" + ALL_JOBS + ") a WHERE job_id = :job").bind("job", jobId)
                .map(JobReads::job).first();
    }

    public Mono<Page<JobView>> list(String templateId, String status, int limit, PageCursor cursor) {
        Query query = new Query().where("template_id = :template", "template", templateId)
                .where("status = :status", "status", status).after(cursor, "job_id");
        String sql = "SELECT * FROM (" + ALL_JOBS + ") a" + query.whereClause()
                + " ORDER BY created_at DESC, job_id DESC LIMIT " + (limit + 1);
        return query.bindTo(db.sql(sql)).map(JobReads::job).all().collectList()
                .map(rows -> Page.of(rows, limit, job -> PageCursor.after(job.createdAt(), job.jobId())));
    }

    /** Row indexes of the batch's jobs that reached a final status. */
    public Flux<Integer> finishedRowsOfBatch(String batchId) {
        return db.sql("SELECT row_index FROM jobs WHERE batch_id = :batch AND status IN ('completed', 'failed', 'cancelled')")
                .bind("batch", batchId).map(row -> row.get("row_index", Integer.class)).all();
    }

    /** The row index is shown with the batch id only: a job outside a batch has neither. */
    static JobView job(Readable row) {
        String batchId = row.get("batch_id", String.class);
        return new JobView(row.get("job_id", String.class), row.get("type", String.class), row.get("status", String.class),
                row.get("template_id", String.class), row.get("version", String.class), batchId,
                batchId == null ? null : row.get("row_index", Integer.class), Rows.instant(row, "created_at"),
                Rows.instant(row, "completed_at"), row.get("rendered", String.class), Rows.json(row, "result"),
                row.get("error", String.class));
    }
}
