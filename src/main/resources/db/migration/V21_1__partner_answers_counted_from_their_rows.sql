-- Speed (issue 12). A partner's answers were counted by an upsert of an api_key_answers row in each answer's
-- transaction: a quarter of a repeated answer's recording in PostgreSQL (pgbench, 4 clients: 1,769 recordings/s
-- without it, 1,326 with it). Each answer's row now names the key that asked for it, and usage counts those rows.
-- No foreign key: keys are revoked, never deleted, and checking one would lock the key's row, which every
-- admission updates. Counts made before this migration stay in api_key_answers, which is no longer written.
ALTER TABLE answer ADD COLUMN asked_with_key bigint;
-- Usage reads a span of days, of one key or of all: by time first, index-only.
CREATE INDEX answer_asked_with_key ON answer (created_at, asked_with_key) INCLUDE (status) WHERE asked_with_key IS NOT NULL;
