-- Scored calls of experiments, one row per evaluated call, written by the log sink from dakora.scores.
-- The shared contract's schema, applied by the gateway's tests for its experiment read routes.
CREATE TABLE experiment_results (
    call_id        text PRIMARY KEY,
    experiment_id  text             NOT NULL,
    job_id         text             NOT NULL,
    batch_id       text,
    dataset_row    integer          NOT NULL,
    row_index      integer,
    version        text             NOT NULL,
    model          text             NOT NULL,
    sample         integer          NOT NULL,
    succeeded      boolean          NOT NULL,
    passed         boolean          NOT NULL,
    score          double precision NOT NULL,
    latency_ms     bigint           NOT NULL,
    cost_usd       numeric,
    priced         boolean          NOT NULL,
    judge_cost_usd numeric          NOT NULL DEFAULT 0,
    tokens_in      bigint           NOT NULL,
    tokens_out     bigint           NOT NULL,
    output         text,
    error          text,
    assertions     jsonb            NOT NULL,
    scored_at      timestamptz      NOT NULL
);
CREATE INDEX experiment_results_grid_idx ON experiment_results (experiment_id, dataset_row, version, model, sample);
