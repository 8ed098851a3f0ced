-- The log sink's tables. The gateway reads them for /api/jobs, /api/batches, /api/executions and /api/stats.

-- Where a job or batch status stands: queued 0, running 1, final (completed, failed, cancelled) 2.
-- A write never moves a row to a lower rank.
CREATE FUNCTION log_sink_status_rank(status text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE status WHEN 'queued' THEN 0 WHEN 'running' THEN 1 ELSE 2 END $$;

-- One row per model call (the reference's log columns, plus the pipeline's). Pages go by
-- (created_at, call_id); every index a write must update costs log throughput, so there are only these.
-- Identifiers compare byte by byte (COLLATE "C"): cheaper index updates than a language collation.
CREATE TABLE executions (
    call_id     text COLLATE "C" PRIMARY KEY,
    job_id      text COLLATE "C" NOT NULL,
    batch_id    text COLLATE "C",
    row_index   integer,
    prompt_id   text COLLATE "C",
    version     text,
    inputs_json jsonb       NOT NULL,
    output_text text,
    provider    text,
    model       text COLLATE "C" NOT NULL,
    tokens_in   bigint      NOT NULL,
    tokens_out  bigint      NOT NULL,
    cost_usd    numeric,
    priced      boolean     NOT NULL,
    latency_ms  bigint      NOT NULL,
    status      text        NOT NULL,
    error       text,
    attempts    integer     NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX executions_created_idx ON executions (created_at);
CREATE INDEX executions_prompt_idx ON executions (prompt_id, created_at);
CREATE INDEX executions_model_idx ON executions (model, created_at);
CREATE INDEX executions_job_idx ON executions (job_id);
CREATE INDEX executions_batch_idx ON executions (batch_id, row_index) WHERE batch_id IS NOT NULL;

-- One row per job: queued on submission, running once rendered, final once completed.
CREATE TABLE jobs (
    job_id       text COLLATE "C" PRIMARY KEY,
    type         text,
    status       text        NOT NULL,
    template_id  text COLLATE "C",
    version      text,
    batch_id     text COLLATE "C",
    row_index    integer,
    inputs       jsonb,
    models       jsonb,
    rendered     text,
    result       jsonb,
    error        text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    completed_at timestamptz
);
CREATE INDEX jobs_created_idx ON jobs (created_at DESC, job_id DESC);
CREATE INDEX jobs_template_idx ON jobs (template_id, created_at DESC);
CREATE INDEX jobs_status_idx ON jobs (status, created_at DESC);
CREATE INDEX jobs_batch_idx ON jobs (batch_id, row_index) WHERE batch_id IS NOT NULL;

-- One row per batch with its progress counters.
CREATE TABLE batches (
    batch_id         text COLLATE "C" PRIMARY KEY,
    name             text,
    template_id      text,
    version          text,
    models           jsonb,
    status           text        NOT NULL,
    total_jobs       integer     NOT NULL DEFAULT 0,
    completed_jobs   integer     NOT NULL DEFAULT 0,
    failed_jobs      integer     NOT NULL DEFAULT 0,
    total_calls      integer     NOT NULL DEFAULT 0,
    completed_calls  integer     NOT NULL DEFAULT 0,
    total_cost_usd   numeric     NOT NULL DEFAULT 0,
    total_tokens_in  bigint      NOT NULL DEFAULT 0,
    total_tokens_out bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    completed_at     timestamptz
);
CREATE INDEX batches_created_idx ON batches (created_at DESC, batch_id DESC);
