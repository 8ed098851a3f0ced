-- The rendered prompt each call was sent, as the LLM worker reports it; null for calls logged before
-- and for results whose producer did not carry it.
ALTER TABLE executions ADD COLUMN prompt text;
