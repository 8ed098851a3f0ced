-- API keys: only a SHA-256 hash of each key is kept, with a short prefix to tell keys apart.
-- IF NOT EXISTS: a database migrated before the gateway had a history table of its own already has them.
CREATE TABLE IF NOT EXISTS api_keys (
    id           UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    key_hash     CHAR(64)     NOT NULL UNIQUE,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ
);

CREATE INDEX IF NOT EXISTS api_keys_created_at ON api_keys (created_at);
