package dev.dakora.sink.persistence;

/** The {@code jobs} upserts of {@link JobWriter}: one statement per batch, parameters one array per column. */
final class JobSql {

    static final String SUBMITTED = """
            INSERT INTO jobs (job_id, type, status, template_id, version, batch_id, row_index, inputs, models,
                              created_at, updated_at)
            SELECT job_id, type, 'queued', template_id, version, batch_id, row_index, inputs, models, created_at, now()
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::jsonb[],
                        $8::jsonb[], $9::timestamptz[])
                 AS t(job_id, type, template_id, version, batch_id, row_index, inputs, models, created_at)
            ON CONFLICT (job_id) DO UPDATE SET
                type = EXCLUDED.type, template_id = EXCLUDED.template_id, version = EXCLUDED.version,
                batch_id = EXCLUDED.batch_id, row_index = EXCLUDED.row_index, inputs = EXCLUDED.inputs,
                models = EXCLUDED.models, created_at = LEAST(jobs.created_at, EXCLUDED.created_at), updated_at = now()
            """;

    static final String RENDERED = """
            INSERT INTO jobs (job_id, status, batch_id, row_index, rendered, created_at, updated_at)
            SELECT job_id, 'running', batch_id, row_index, rendered, rendered_at, now()
            FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[], $5::timestamptz[])
                 AS t(job_id, batch_id, row_index, rendered, rendered_at)
            ON CONFLICT (job_id) DO UPDATE SET status = 'running', rendered = EXCLUDED.rendered, updated_at = now()
            WHERE log_sink_status_rank(jobs.status) < 1
            """;

    static final String COMPLETED = """
            INSERT INTO jobs (job_id, type, status, template_id, version, batch_id, row_index, rendered, result, error,
                              created_at, updated_at, completed_at)
            SELECT job_id, type, status, template_id, version, batch_id, row_index, rendered, result, error,
                   completed_at, now(), completed_at
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[],
                        $8::text[], $9::jsonb[], $10::text[], $11::timestamptz[])
                 AS t(job_id, type, status, template_id, version, batch_id, row_index, rendered, result, error,
                      completed_at)
            ON CONFLICT (job_id) DO UPDATE SET
                status = EXCLUDED.status, type = COALESCE(jobs.type, EXCLUDED.type),
                template_id = COALESCE(jobs.template_id, EXCLUDED.template_id),
                version = COALESCE(jobs.version, EXCLUDED.version), batch_id = COALESCE(jobs.batch_id, EXCLUDED.batch_id),
                row_index = COALESCE(jobs.row_index, EXCLUDED.row_index),
                rendered = COALESCE(EXCLUDED.rendered, jobs.rendered), result = EXCLUDED.result, error = EXCLUDED.error,
                completed_at = EXCLUDED.completed_at, updated_at = now()
            WHERE log_sink_status_rank(jobs.status) < 2
            """;

    private JobSql() {
    }
}
