-- Speed (issue 12). A partner's answers were counted in its api_key_usage row of the day, inside each answer's
-- transaction: with many questions of one key at once, every answer queued on that one row's lock until the answer
-- committed (3.4 ms of waiting per answer in a 16-client burst, pg_stat_statements). The answers are now counted in
-- one of a few rows per key and day (shard, chosen by the recording thread), summed when usage is read.
-- Admission's counters (requests, rate_limited, quota_exceeded) stay in api_key_usage, behind the key's lock anyway.
CREATE TABLE api_key_answers (
    key_id          bigint   NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    day             date     NOT NULL,
    shard           smallint NOT NULL CHECK (shard >= 0),
    questions       integer  NOT NULL DEFAULT 0,
    unknown_answers integer  NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day, shard)
);
INSERT INTO api_key_answers (key_id, day, shard, questions, unknown_answers)
SELECT key_id, day, 0, questions, unknown_answers FROM api_key_usage WHERE questions > 0 OR unknown_answers > 0;
ALTER TABLE api_key_usage DROP COLUMN questions, DROP COLUMN unknown_answers;
