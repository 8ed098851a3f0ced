-- Experiments: what was submitted (the spec as JSON, the dataset version it resolved to, one batch per
-- template version). Progress and scores are read from the log sink's batches and experiment_results.
CREATE TABLE experiments (
    experiment_id   text COLLATE "C" PRIMARY KEY,
    name            text        NOT NULL,
    template_id     text        NOT NULL,
    spec            jsonb       NOT NULL,
    dataset_name    text        NOT NULL,
    dataset_version integer     NOT NULL,
    batches         jsonb       NOT NULL,
    total_rows      integer     NOT NULL,
    total_calls     bigint      NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX experiments_created_idx ON experiments (created_at DESC, experiment_id DESC);
CREATE INDEX experiments_template_idx ON experiments (template_id, created_at DESC, experiment_id DESC);
