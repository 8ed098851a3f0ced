-- What the gateway accepted, written before it publishes: a job or batch answers GET (as queued)
-- before the log sink has seen it, and an Idempotency-Key maps to the one job it created.
CREATE TABLE job_submissions (
    job_id          text COLLATE "C" PRIMARY KEY,
    idempotency_key text COLLATE "C" UNIQUE,
    type            text        NOT NULL,
    template_id     text COLLATE "C" NOT NULL,
    version         text        NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX job_submissions_created_idx ON job_submissions (created_at DESC, job_id DESC);

CREATE TABLE batch_submissions (
    batch_id    text COLLATE "C" PRIMARY KEY,
    name        text,
    template_id text COLLATE "C" NOT NULL,
    version     text        NOT NULL,
    models      jsonb       NOT NULL,
    total_jobs  integer     NOT NULL,
    total_calls integer     NOT NULL,
    created_at  timestamptz NOT NULL
);
