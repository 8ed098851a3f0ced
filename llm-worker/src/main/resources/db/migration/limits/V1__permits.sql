-- The sliding log of rate permits every LLM worker shares: one row per permit granted, kept while it
-- is in its window. granted_at is in microseconds since the epoch (the database's clock unless the
-- caller passes one).
CREATE TABLE llm_limits.permits (
    id         bigserial PRIMARY KEY,
    limit_key  text   NOT NULL,
    granted_at bigint NOT NULL,
    weight     bigint NOT NULL
);

CREATE INDEX permits_by_key_and_time ON llm_limits.permits (limit_key, granted_at);

-- Grants p_weight under p_key when the permits of the last p_window microseconds and this one stay within
-- p_limit (a weight above the limit alone once the window is empty). One transaction per call, serialised
-- per key by an advisory lock, so no two workers can both take the last room. Times never run backwards
-- per key (a permit is stamped no earlier than the newest one), so expired rows are exactly the ones no
-- later check needs. Returns the permit's id (>= 0), or minus the microseconds until the oldest permit
-- leaves the window.
CREATE FUNCTION llm_limits.acquire_permit(p_key text, p_limit bigint, p_window bigint, p_weight bigint,
                                          p_now bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v_now    bigint;
    v_last   bigint;
    v_used   bigint;
    v_oldest bigint;
    v_id     bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('llm_limits:' || p_key, 0));
    v_now := coalesce(p_now, floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
    SELECT max(granted_at) INTO v_last FROM llm_limits.permits WHERE limit_key = p_key;
    IF v_last IS NOT NULL AND v_last > v_now THEN
        v_now := v_last;
    END IF;
    DELETE FROM llm_limits.permits WHERE limit_key = p_key AND granted_at <= v_now - p_window;
    SELECT coalesce(sum(weight), 0), min(granted_at) INTO v_used, v_oldest
    FROM llm_limits.permits WHERE limit_key = p_key;
    IF v_oldest IS NULL OR v_used + p_weight <= p_limit THEN
        INSERT INTO llm_limits.permits (limit_key, granted_at, weight) VALUES (p_key, v_now, p_weight)
        RETURNING id INTO v_id;
        RETURN v_id;
    END IF;
    RETURN -greatest(1, v_oldest + p_window - v_now);
END
$$;
