-- Batch history (GET /api/batches) reads the gateway's submissions the log sink has not seen yet, newest first.
CREATE INDEX batch_submissions_created_idx ON batch_submissions (created_at DESC, batch_id DESC);

-- A batch submitted without a name is named after its template and its submission time.
UPDATE batch_submissions SET name = template_id || ' ' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
 WHERE name IS NULL;
