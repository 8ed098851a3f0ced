package dev.dakora.sink.persistence;

/** The {@code batches} upserts of {@link BatchWriter}: one statement per batch, one array per column. */
final class BatchSql {

    static final String SUBMITTED = """
            INSERT INTO batches (batch_id, name, template_id, version, models, status, total_jobs, total_calls,
                                 created_at, updated_at)
            SELECT batch_id, name, template_id, version, models, 'queued', total_jobs, total_calls, created_at, now()
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::integer[], $7::integer[],
                        $8::timestamptz[])
                 AS t(batch_id, name, template_id, version, models, total_jobs, total_calls, created_at)
            ON CONFLICT (batch_id) DO UPDATE SET
                name = EXCLUDED.name, template_id = EXCLUDED.template_id, version = EXCLUDED.version,
                models = EXCLUDED.models, total_jobs = EXCLUDED.total_jobs, total_calls = EXCLUDED.total_calls,
                created_at = LEAST(batches.created_at, EXCLUDED.created_at), updated_at = now()
            """;

    static final String PROGRESSED = """
            INSERT INTO batches (batch_id, status, total_jobs, completed_jobs, failed_jobs, total_calls, completed_calls,
                                 total_cost_usd, total_tokens_in, total_tokens_out, created_at, updated_at, completed_at)
            SELECT batch_id, status, total_jobs, completed_jobs, failed_jobs, total_calls, completed_calls,
                   total_cost_usd, total_tokens_in, total_tokens_out, updated_at, now(),
                   CASE WHEN log_sink_status_rank(status) = 2 THEN updated_at END
            FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::integer[], $6::integer[],
                        $7::integer[], $8::numeric[], $9::bigint[], $10::bigint[], $11::timestamptz[])
                 AS t(batch_id, status, total_jobs, completed_jobs, failed_jobs, total_calls, completed_calls,
                      total_cost_usd, total_tokens_in, total_tokens_out, updated_at)
            ON CONFLICT (batch_id) DO UPDATE SET
                status = CASE WHEN log_sink_status_rank(EXCLUDED.status) > log_sink_status_rank(batches.status)
                              THEN EXCLUDED.status ELSE batches.status END,
                total_jobs = GREATEST(batches.total_jobs, EXCLUDED.total_jobs),
                completed_jobs = GREATEST(batches.completed_jobs, EXCLUDED.completed_jobs),
                failed_jobs = GREATEST(batches.failed_jobs, EXCLUDED.failed_jobs),
                total_calls = GREATEST(batches.total_calls, EXCLUDED.total_calls),
                completed_calls = GREATEST(batches.completed_calls, EXCLUDED.completed_calls),
                total_cost_usd = GREATEST(batches.total_cost_usd, EXCLUDED.total_cost_usd),
                total_tokens_in = GREATEST(batches.total_tokens_in, EXCLUDED.total_tokens_in),
                total_tokens_out = GREATEST(batches.total_tokens_out, EXCLUDED.total_tokens_out),
                completed_at = COALESCE(batches.completed_at, EXCLUDED.completed_at), updated_at = now()
            """;

    private BatchSql() {
    }
}
