-- Moves a permit whose request was not sent yet to now (the request leaves later than its permit allowed):
-- it counts from the send from then on. Safe without a check while the permit is still in the window: every
-- window that now holds it but did not before held only permits of the current window, where it already
-- counted. Returns the permit's id, or -1 when it has left the window (the caller then asks anew).
-- Serialised with acquire_permit by the lock on the limit's windows row; times never run backwards per limit.
CREATE FUNCTION llm_limits.renew_permit(p_key text, p_id bigint, p_window bigint, p_now bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v_now  bigint;
    v_last bigint;
    v_id   bigint;
BEGIN
    PERFORM 1 FROM llm_limits.windows WHERE limit_key = p_key FOR UPDATE;
    v_now := coalesce(p_now, floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
    SELECT granted_at INTO v_last FROM llm_limits.permits WHERE limit_key = p_key
    ORDER BY granted_at DESC LIMIT 1;
    IF v_last IS NOT NULL AND v_last > v_now THEN
        v_now := v_last;
    END IF;
    UPDATE llm_limits.permits SET granted_at = v_now
    WHERE id = p_id AND limit_key = p_key AND granted_at > v_now - p_window
    RETURNING id INTO v_id;
    RETURN coalesce(v_id, -1);
END
$$;

-- Removes a permit whose request will not be sent, so its room is free at once.
CREATE FUNCTION llm_limits.refund_permit(p_key text, p_id bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v_weight bigint;
BEGIN
    PERFORM 1 FROM llm_limits.windows WHERE limit_key = p_key FOR UPDATE;
    DELETE FROM llm_limits.permits WHERE id = p_id AND limit_key = p_key RETURNING weight INTO v_weight;
    IF v_weight IS NULL THEN
        RETURN 0;
    END IF;
    UPDATE llm_limits.windows SET used = used - v_weight WHERE limit_key = p_key;
    RETURN 1;
END
$$;
