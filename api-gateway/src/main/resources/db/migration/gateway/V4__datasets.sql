-- Datasets: named, versioned sets of rows that experiments run over. A version is written once, in
-- one statement with its rows, and never changed: a new upload makes the next version.
-- A deleted dataset keeps its row here (deleted_at set, its versions and rows gone), so a dataset
-- created again under the same name goes on numbering after the old versions: name@version never
-- names two different sets of rows.
CREATE TABLE datasets (
    name           text COLLATE "C" PRIMARY KEY,
    latest_version integer     NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    deleted_at     timestamptz
);
CREATE INDEX datasets_updated_idx ON datasets (updated_at DESC, name DESC) WHERE deleted_at IS NULL;

CREATE TABLE dataset_versions (
    name        text COLLATE "C" NOT NULL REFERENCES datasets (name),
    version     integer     NOT NULL,
    row_count   integer     NOT NULL,
    source      text        NOT NULL,
    template_id text,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE dataset_rows (
    name       text COLLATE "C" NOT NULL,
    version    integer NOT NULL,
    row_number integer NOT NULL,
    inputs     jsonb   NOT NULL,
    expected   text,
    metadata   jsonb   NOT NULL,
    PRIMARY KEY (name, version, row_number),
    FOREIGN KEY (name, version) REFERENCES dataset_versions (name, version) ON DELETE CASCADE
);

-- Versions and rows are immutable: only inserts and deletes (of a whole dataset) are allowed.
CREATE FUNCTION dataset_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dataset versions are immutable; upload a new version instead';
END $$;
CREATE TRIGGER dataset_versions_immutable BEFORE UPDATE ON dataset_versions
    FOR EACH ROW EXECUTE FUNCTION dataset_immutable();
CREATE TRIGGER dataset_rows_immutable BEFORE UPDATE ON dataset_rows
    FOR EACH ROW EXECUTE FUNCTION dataset_immutable();
