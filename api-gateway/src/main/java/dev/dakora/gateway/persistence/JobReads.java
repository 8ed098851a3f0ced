package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

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

    public Mono<Map<String, Object>> find(String jobId) {
        return db.sql("SELECT * FROM (" + ALL_JOBS + ") a WHERE job_id = :job").bind("job", jobId)
                .map(JobReads::job).first();
    }

    public Mono<Page> list(String templateId, String status, int limit, PageCursor cursor) {
        Query query = new Query().where("template_id = :template", "template", templateId)
                .where("status = :status", "status", status).after(cursor, "job_id");
        String sql = "SELECT * FROM (" + ALL_JOBS + ") a" + query.whereClause()
                + " ORDER BY created_at DESC, job_id DESC LIMIT " + (limit + 1);
        return query.bindTo(db.sql(sql)).map(JobReads::job).all().collectList()
                .map(rows -> Page.of(rows, limit, job -> PageCursor.after((String) job.get("created_at"), (String) job.get("job_id"))));
    }

    /** Row indexes of the batch's jobs that reached a final status. */
    public Flux<Integer> finishedRowsOfBatch(String batchId) {
        return db.sql("SELECT row_index FROM jobs WHERE batch_id = :batch AND status IN ('completed', 'failed', 'cancelled')")
                .bind("batch", batchId).map(row -> row.get("row_index", Integer.class)).all();
    }

    /** {@code GET /api/jobs/{id}}: {@code rendered}, {@code result} and {@code error} only when set. */
    static Map<String, Object> job(Readable row) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("job_id", row.get("job_id", String.class));
        job.put("type", row.get("type", String.class));
        job.put("status", row.get("status", String.class));
        job.put("template_id", row.get("template_id", String.class));
        job.put("version", row.get("version", String.class));
        String batchId = row.get("batch_id", String.class);
        if (batchId != null) {
            job.put("batch_id", batchId);
            job.put("row_index", row.get("row_index", Integer.class));
        }
        job.put("created_at", Rows.instant(row, "created_at"));
        job.put("completed_at", Rows.instant(row, "completed_at"));
        putIfSet(job, "rendered", row.get("rendered", String.class));
        putIfSet(job, "result", Rows.json(row, "result"));
        putIfSet(job, "error", row.get("error", String.class));
        return job;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
