-- The reader page's per-address budgets (issue 12), moved from one process's memory to PostgreSQL so that they
-- hold across instances: a token bucket per budget and client that refills evenly over a minute.
CREATE TABLE site_client_bucket (
    budget  text             NOT NULL,
    client  text             NOT NULL,
    tokens  double precision NOT NULL,
    updated timestamptz      NOT NULL,
    PRIMARY KEY (budget, client)
);
CREATE INDEX site_client_bucket_updated ON site_client_bucket (updated);

-- Takes one token from the client's bucket at p_at. Returns 0 when the request may go ahead, otherwise the
-- seconds until a token is back. One statement per request; the row lock serialises one client's requests
-- on any number of instances.
CREATE FUNCTION site_client_admit(p_budget text, p_client text, p_per_minute integer, p_at timestamptz)
    RETURNS double precision
    LANGUAGE plpgsql AS
$$
DECLARE
    v_tokens  double precision;
    v_updated timestamptz;
BEGIN
    INSERT INTO site_client_bucket (budget, client, tokens, updated) VALUES (p_budget, p_client, p_per_minute, p_at)
    ON CONFLICT (budget, client) DO NOTHING;
    SELECT b.tokens, b.updated INTO v_tokens, v_updated FROM site_client_bucket b
    WHERE b.budget = p_budget AND b.client = p_client FOR UPDATE;
    -- Instances' clocks may differ slightly: time never runs backwards for a bucket.
    v_tokens := least(p_per_minute, v_tokens + greatest(0, extract(epoch FROM p_at - v_updated)) * p_per_minute / 60.0);
    v_updated := greatest(p_at, v_updated);
    IF v_tokens >= 1 THEN
        UPDATE site_client_bucket SET tokens = v_tokens - 1, updated = v_updated WHERE budget = p_budget AND client = p_client;
        RETURN 0;
    END IF;
    UPDATE site_client_bucket SET tokens = v_tokens, updated = v_updated WHERE budget = p_budget AND client = p_client;
    RETURN (1 - v_tokens) * 60.0 / p_per_minute;
END;
$$;
