-- Which client (API key id, 'admin' or 'anonymous') submitted a job or batch, for per-key budgets:
-- an execution belongs to the submission named by its batch_id, else by its job_id.
CREATE TABLE IF NOT EXISTS submission_owners (
    submission_id TEXT        PRIMARY KEY,
    client        TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX IF NOT EXISTS submission_owners_client ON submission_owners (client, created_at);
