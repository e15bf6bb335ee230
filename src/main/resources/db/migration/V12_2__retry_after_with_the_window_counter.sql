-- V9_2 computed Retry-After from the hit that must leave the window after a key's limit was lowered; V11_1 then
-- replaced the function to count the window with a counter, and lost that. This is V11_1's function with V9_2's rule.
CREATE OR REPLACE FUNCTION api_key_admit(p_hash text, p_window interval, p_at timestamptz)
    RETURNS TABLE (verdict text, key_ref bigint, partner_name text, window_limit integer, window_remaining integer,
                   retry_at timestamptz, day_quota integer, day_remaining integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    k         api_key%ROWTYPE;
    v_day     date := (p_at AT TIME ZONE 'UTC')::date;
    v_used    integer;
    v_expired integer;
    v_hits    integer;
    v_oldest  timestamptz;
    v_frees   timestamptz;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    SELECT * INTO k FROM api_key WHERE key_hash = p_hash FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown', NULL::bigint, NULL::text, NULL::integer, NULL::integer,
                            NULL::timestamptz, NULL::integer, NULL::integer;
        RETURN;
    END IF;
    IF k.revoked_at IS NOT NULL THEN
        RETURN QUERY SELECT 'revoked', k.id, k.partner, k.rate_limit, NULL::integer,
                            NULL::timestamptz, k.daily_quota, NULL::integer;
        RETURN;
    END IF;

    SELECT u.requests INTO v_used FROM api_key_usage u WHERE u.key_id = k.id AND u.day = v_day;
    v_used := coalesce(v_used, 0);
    IF v_used >= k.daily_quota THEN
        INSERT INTO api_key_usage AS u (key_id, day, quota_exceeded) VALUES (k.id, v_day, 1)
        ON CONFLICT (key_id, day) DO UPDATE SET quota_exceeded = u.quota_exceeded + 1;
        RETURN QUERY SELECT 'quota-exceeded', k.id, k.partner, k.rate_limit, NULL::integer,
                            ((v_day + 1)::timestamp AT TIME ZONE 'UTC'), k.daily_quota, 0;
        RETURN;
    END IF;

    DELETE FROM api_key_hit h WHERE h.key_id = k.id AND h.at <= p_at - p_window;
    GET DIAGNOSTICS v_expired = ROW_COUNT;
    v_hits := k.window_hits - v_expired;
    SELECT min(h.at) INTO v_oldest FROM api_key_hit h WHERE h.key_id = k.id;
    IF v_hits >= k.rate_limit THEN
        UPDATE api_key SET window_hits = v_hits WHERE id = k.id;
        INSERT INTO api_key_usage AS u (key_id, day, rate_limited) VALUES (k.id, v_day, 1)
        ON CONFLICT (key_id, day) DO UPDATE SET rate_limited = u.rate_limited + 1;
        -- The next request is admitted once only rate_limit - 1 hits remain in the window, i.e. when the hit at
        -- position (v_hits - rate_limit + 1), oldest first, leaves it: the oldest hit only while the window holds
        -- exactly rate_limit hits; after the limit was lowered it holds more.
        SELECT h.at INTO v_frees FROM api_key_hit h WHERE h.key_id = k.id
        ORDER BY h.at OFFSET v_hits - k.rate_limit LIMIT 1;
        RETURN QUERY SELECT 'rate-limited', k.id, k.partner, k.rate_limit, 0,
                            coalesce(v_frees, v_oldest) + p_window, k.daily_quota, k.daily_quota - v_used;
        RETURN;
    END IF;

    INSERT INTO api_key_hit (key_id, at) VALUES (k.id, p_at);
    UPDATE api_key SET window_hits = v_hits + 1 WHERE id = k.id;
    INSERT INTO api_key_usage AS u (key_id, day, requests) VALUES (k.id, v_day, 1)
    ON CONFLICT (key_id, day) DO UPDATE SET requests = u.requests + 1;
    RETURN QUERY SELECT 'admitted', k.id, k.partner, k.rate_limit, k.rate_limit - v_hits - 1,
                        coalesce(v_oldest, p_at) + p_window, k.daily_quota, k.daily_quota - v_used - 1;
END;
$$;
