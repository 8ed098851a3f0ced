-- One row per scored call of an experiment (dakora.scores), written once: a redelivered score is
-- skipped by its call id. The gateway reads an experiment's grid from it, ordered by row, version,
-- model and sample.
CREATE TABLE experiment_results (
    call_id        text COLLATE "C" PRIMARY KEY,
    experiment_id  text COLLATE "C" NOT NULL,
    job_id         text COLLATE "C" NOT NULL,
    batch_id       text COLLATE "C",
    dataset_row    integer          NOT NULL,
    row_index      integer,
    version        text COLLATE "C",
    model          text COLLATE "C" NOT NULL,
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
