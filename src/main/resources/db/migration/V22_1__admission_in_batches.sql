-- Speed (issue 12). Every request of a key locked the key's row, rewrote its window and upserted the day's usage, one
-- request after another: in a 16-client burst of one key that was PostgreSQL's largest cost per answer (0.80 ms mean,
-- much of it waiting for the row; pg_stat_statements). The requests an instance admits together (partner.RateLimiter,
-- common.GroupCommit) are now admitted by one call: per key, one lock, one window update and one usage upsert for all
-- of its requests in the batch. Each request gets the verdict and numbers it would have got admitted one after the
-- other in the order given, and the window and usage end as they would have: of a key's n requests, as many are
-- admitted as both limits still allow; the rest are refused by the limit that was reached first, as api_key_admit
-- checks the quota before the rate limit.
--
-- api_key_admit stays for instances of the previous release during a rolling upgrade; the next release drops it.
CREATE FUNCTION api_key_admit_all(p_hashes text[], p_window interval, p_at timestamptz)
    RETURNS TABLE (ord integer, verdict text, key_ref bigint, partner_name text, window_limit integer,
                   window_remaining integer, retry_at timestamptz, day_quota integer, day_remaining integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    g         record;
    k         api_key%ROWTYPE;
    v_day     date    := (p_at AT TIME ZONE 'UTC')::date;
    v_second  bigint  := ceil(extract(epoch FROM p_at))::bigint;
    -- A second b has left the window at p_at once b <= p_at - p_window, as in api_key_admit.
    v_gone    numeric := extract(epoch FROM p_at - p_window);
    v_n       integer;
    v_first   integer;
    v_last    integer;
    v_seconds bigint[];
    v_counts  integer[];
    v_hits    integer;
    v_oldest  timestamptz;
    v_leaving integer;
    v_frees   integer;
    v_used    integer;
    v_admit   integer;
    v_quota   boolean;
    v_retry   timestamptz;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    -- Keys are locked in the order of their hashes, so that two instances' batches never wait for each other in a cycle.
    FOR g IN SELECT h.hash, array_agg(h.ord::integer ORDER BY h.ord) AS ords
             FROM unnest(p_hashes) WITH ORDINALITY AS h(hash, ord) GROUP BY h.hash ORDER BY h.hash LOOP
        v_n := cardinality(g.ords);
        SELECT * INTO k FROM api_key WHERE key_hash = g.hash FOR NO KEY UPDATE;
        IF NOT FOUND THEN
            RETURN QUERY SELECT o, 'unknown'::text, NULL::bigint, NULL::text, NULL::integer, NULL::integer,
                                NULL::timestamptz, NULL::integer, NULL::integer FROM unnest(g.ords) AS o;
            CONTINUE;
        END IF;
        IF k.revoked_at IS NOT NULL THEN
            RETURN QUERY SELECT o, 'revoked'::text, k.id, k.partner, k.rate_limit, NULL::integer,
                                NULL::timestamptz, k.daily_quota, NULL::integer FROM unnest(g.ords) AS o;
            CONTINUE;
        END IF;

        SELECT u.requests INTO v_used FROM api_key_usage u WHERE u.key_id = k.id AND u.day = v_day;
        v_used := coalesce(v_used, 0);
        v_first := 1;
        v_hits := 0;
        FOR i IN 1 .. cardinality(k.hit_seconds) LOOP
            IF k.hit_seconds[i] <= v_gone THEN
                v_first := i + 1;
            ELSE
                v_hits := v_hits + k.hit_counts[i];
            END IF;
        END LOOP;
        v_seconds := k.hit_seconds[v_first:];
        v_counts := k.hit_counts[v_first:];
        v_last := cardinality(v_seconds);
        v_oldest := CASE WHEN v_last > 0 THEN to_timestamp(v_seconds[1]) END;

        v_admit := greatest(0, least(v_n, k.daily_quota - v_used, k.rate_limit - v_hits));
        -- The first refused request met the quota if the quota was used up by then, as api_key_admit checks it first.
        v_quota := v_used + v_admit >= k.daily_quota;
        IF v_admit > 0 THEN
            -- A request from an instance whose clock is behind counts in the window's latest second: later, never earlier.
            IF v_last > 0 AND v_seconds[v_last] >= v_second THEN
                v_counts[v_last] := v_counts[v_last] + v_admit;
            ELSE
                v_seconds := v_seconds || v_second;
                v_counts := v_counts || v_admit;
                v_last := v_last + 1;
            END IF;
        END IF;
        IF v_admit > 0 OR NOT v_quota THEN
            UPDATE api_key SET hit_seconds = v_seconds, hit_counts = v_counts WHERE id = k.id;
        END IF;
        INSERT INTO api_key_usage AS u (key_id, day, requests, rate_limited, quota_exceeded)
        VALUES (k.id, v_day, v_admit, CASE WHEN v_quota THEN 0 ELSE v_n - v_admit END,
                CASE WHEN v_quota THEN v_n - v_admit ELSE 0 END)
        ON CONFLICT (key_id, day) DO UPDATE SET requests = u.requests + excluded.requests,
                                                rate_limited = u.rate_limited + excluded.rate_limited,
                                                quota_exceeded = u.quota_exceeded + excluded.quota_exceeded;

        IF v_admit < v_n AND NOT v_quota THEN
            -- As api_key_admit: the next request is admitted once only rate_limit - 1 requests remain in the window.
            v_leaving := 0;
            v_frees := 1;
            WHILE v_frees < v_last AND v_leaving + v_counts[v_frees] < v_hits + v_admit - k.rate_limit + 1 LOOP
                v_leaving := v_leaving + v_counts[v_frees];
                v_frees := v_frees + 1;
            END LOOP;
            v_retry := to_timestamp(v_seconds[v_frees]) + p_window;
        END IF;

        -- The j-th admitted request sees the window as the requests before it left it; the first in an empty window
        -- resets a window after its own time, later ones after the second it was counted in.
        RETURN QUERY
            SELECT x.o, CASE WHEN x.j <= v_admit THEN 'admitted' WHEN v_quota THEN 'quota-exceeded' ELSE 'rate-limited' END,
                   k.id, k.partner, k.rate_limit,
                   CASE WHEN x.j <= v_admit THEN k.rate_limit - v_hits - x.j::integer WHEN v_quota THEN NULL ELSE 0 END,
                   CASE WHEN x.j <= v_admit THEN coalesce(v_oldest, CASE WHEN x.j = 1 THEN p_at ELSE to_timestamp(v_second) END) + p_window
                        WHEN v_quota THEN (v_day + 1)::timestamp AT TIME ZONE 'UTC'
                        ELSE v_retry END,
                   k.daily_quota,
                   CASE WHEN x.j <= v_admit THEN k.daily_quota - v_used - x.j::integer WHEN v_quota THEN 0
                        ELSE k.daily_quota - v_used - v_admit END
            FROM unnest(g.ords) WITH ORDINALITY AS x(o, j);
    END LOOP;
END;
$$;
