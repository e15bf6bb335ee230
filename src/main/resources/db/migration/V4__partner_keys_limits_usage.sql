-- Partner API keys. Only the SHA-256 of a key is stored; the key itself is shown once, at creation.
CREATE TABLE api_key (
    id          bigserial PRIMARY KEY,
    partner     text        NOT NULL,
    key_hash    text        NOT NULL UNIQUE,
    key_prefix  text        NOT NULL,
    rate_limit  integer     NOT NULL CHECK (rate_limit > 0),
    daily_quota integer     NOT NULL CHECK (daily_quota > 0),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

-- Sliding-window log: one row per accepted request of a key while it is inside the rate window.
-- Kept in the database so that every instance of the service counts against the same limit.
CREATE TABLE api_key_hit (
    key_id bigint      NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    at     timestamptz NOT NULL
);
CREATE INDEX api_key_hit_key_at ON api_key_hit (key_id, at);

-- Per key and UTC day: the quota counter and what admins see as usage.
CREATE TABLE api_key_usage (
    key_id          bigint  NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    day             date    NOT NULL,
    requests        integer NOT NULL DEFAULT 0,
    questions       integer NOT NULL DEFAULT 0,
    unknown_answers integer NOT NULL DEFAULT 0,
    rate_limited    integer NOT NULL DEFAULT 0,
    quota_exceeded  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day)
);

-- Admits one request of the key with this hash at p_at, or says why not: 'unknown', 'revoked', 'quota-exceeded',
-- 'rate-limited' or 'admitted'. One round trip, serialised per key by the key's row lock, so that concurrent
-- requests on any number of instances never admit more than rate_limit requests in any p_window, nor more than
-- daily_quota in a UTC day. retry_at is when the window frees its next slot (or, over quota, the next UTC midnight).
CREATE FUNCTION api_key_admit(p_hash text, p_window interval, p_at timestamptz)
    RETURNS TABLE (verdict text, key_ref bigint, partner_name text, window_limit integer, window_remaining integer,
                   retry_at timestamptz, day_quota integer, day_remaining integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    k        api_key%ROWTYPE;
    v_day    date := (p_at AT TIME ZONE 'UTC')::date;
    v_used   integer;
    v_hits   integer;
    v_oldest timestamptz;
BEGIN
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
    SELECT count(*), min(h.at) INTO v_hits, v_oldest FROM api_key_hit h WHERE h.key_id = k.id;
    IF v_hits >= k.rate_limit THEN
        INSERT INTO api_key_usage AS u (key_id, day, rate_limited) VALUES (k.id, v_day, 1)
        ON CONFLICT (key_id, day) DO UPDATE SET rate_limited = u.rate_limited + 1;
        RETURN QUERY SELECT 'rate-limited', k.id, k.partner, k.rate_limit, 0,
                            v_oldest + p_window, k.daily_quota, k.daily_quota - v_used;
        RETURN;
    END IF;

    INSERT INTO api_key_hit (key_id, at) VALUES (k.id, p_at);
    INSERT INTO api_key_usage AS u (key_id, day, requests) VALUES (k.id, v_day, 1)
    ON CONFLICT (key_id, day) DO UPDATE SET requests = u.requests + 1;
    RETURN QUERY SELECT 'admitted', k.id, k.partner, k.rate_limit, k.rate_limit - v_hits - 1,
                        coalesce(v_oldest, p_at) + p_window, k.daily_quota, k.daily_quota - v_used - 1;
END;
$$;
