-- Batch history (GET /api/batches): pages newest first, filtered by template or status.
CREATE INDEX batches_template_created_idx ON batches (template_id, created_at DESC, batch_id DESC);
CREATE INDEX batches_status_created_idx ON batches (status, created_at DESC, batch_id DESC);

-- A batch submitted without a name is named after its template and its submission time.
UPDATE batches SET name = template_id || ' ' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
 WHERE name IS NULL AND template_id IS NOT NULL;
