-- Removes a permit whose request was never sent (it was too old by the time it would have been), so its
-- room is free at once. Serialised with acquire_permit by the lock on the limit's windows row.
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
