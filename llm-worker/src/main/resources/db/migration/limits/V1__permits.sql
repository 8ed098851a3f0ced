-- The sliding log of rate permits every LLM worker shares: one row per permit granted, kept while it
-- is in its window, and per limit the sum of the weights in the log. granted_at is in microseconds since
-- the epoch (the database's clock unless the caller passes one).
CREATE TABLE llm_limits.permits (
    id         bigserial PRIMARY KEY,
    limit_key  text   NOT NULL,
    granted_at bigint NOT NULL,
    weight     bigint NOT NULL
);

CREATE INDEX permits_by_key_and_time ON llm_limits.permits (limit_key, granted_at);

CREATE TABLE llm_limits.windows (
    limit_key text PRIMARY KEY,
    used      bigint NOT NULL
);

-- Grants p_weight under p_key when the permits of the last p_window microseconds and this one stay within
-- p_limit (a weight above the limit alone once the window is empty). One transaction per call, serialised
-- per limit by the lock on its windows row, so no two workers can both take the last room. Times never
-- run backwards per limit (a permit is stamped no earlier than the newest one), so the expired rows are
-- exactly the ones no later check needs. Returns the permit's id (>= 0), or minus the microseconds until
-- the oldest permit leaves the window.
CREATE FUNCTION llm_limits.acquire_permit(p_key text, p_limit bigint, p_window bigint, p_weight bigint,
                                          p_now bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v_now    bigint;
    v_last   bigint;
    v_used   bigint;
    v_gone   bigint;
    v_oldest bigint;
    v_id     bigint;
BEGIN
    INSERT INTO llm_limits.windows (limit_key, used) VALUES (p_key, 0) ON CONFLICT DO NOTHING;
    SELECT used INTO v_used FROM llm_limits.windows WHERE limit_key = p_key FOR UPDATE;
    v_now := coalesce(p_now, floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
    SELECT granted_at INTO v_last FROM llm_limits.permits WHERE limit_key = p_key
    ORDER BY granted_at DESC LIMIT 1;
    IF v_last IS NOT NULL AND v_last > v_now THEN
        v_now := v_last;
    END IF;
    WITH gone AS (DELETE FROM llm_limits.permits WHERE limit_key = p_key AND granted_at <= v_now - p_window
                  RETURNING weight)
    SELECT coalesce(sum(weight), 0) INTO v_gone FROM gone;
    v_used := v_used - v_gone;
    SELECT granted_at INTO v_oldest FROM llm_limits.permits WHERE limit_key = p_key
    ORDER BY granted_at LIMIT 1;
    IF v_oldest IS NULL OR v_used + p_weight <= p_limit THEN
        INSERT INTO llm_limits.permits (limit_key, granted_at, weight) VALUES (p_key, v_now, p_weight)
        RETURNING id INTO v_id;
        UPDATE llm_limits.windows SET used = v_used + p_weight WHERE limit_key = p_key;
        RETURN v_id;
    END IF;
    UPDATE llm_limits.windows SET used = v_used WHERE limit_key = p_key;
    RETURN -greatest(1, v_oldest + p_window - v_now);
END
$$;

-- Replaces the weight of a permit still in the log (a token estimate by the real usage).
CREATE FUNCTION llm_limits.settle_permit(p_key text, p_id bigint, p_weight bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v_old bigint;
BEGIN
    PERFORM 1 FROM llm_limits.windows WHERE limit_key = p_key FOR UPDATE;
    SELECT weight INTO v_old FROM llm_limits.permits WHERE id = p_id AND limit_key = p_key;
    IF v_old IS NULL THEN
        RETURN 0;
    END IF;
    UPDATE llm_limits.permits SET weight = p_weight WHERE id = p_id;
    UPDATE llm_limits.windows SET used = used + p_weight - v_old WHERE limit_key = p_key;
    RETURN 1;
END
$$;
