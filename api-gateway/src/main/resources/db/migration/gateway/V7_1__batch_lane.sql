-- The lane a batch's calls take (params.lane as the gateway resolved it: online or batch); NULL for batches
-- submitted before lanes existed and for batches that named none, which run online.
ALTER TABLE batch_submissions ADD COLUMN IF NOT EXISTS lane TEXT;
