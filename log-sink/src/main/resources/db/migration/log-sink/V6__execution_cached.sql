-- A call answered from the LLM worker's response cache: no provider call, cost 0, the original answer's tokens.
ALTER TABLE executions ADD COLUMN IF NOT EXISTS cached BOOLEAN NOT NULL DEFAULT FALSE;
