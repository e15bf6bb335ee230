-- Optimistic locking of reviews: every change to an answer's review (a decision, going stale, feedback sending it
-- back) adds one to review_version. A decision names the version its page showed; a different one is a conflict.
ALTER TABLE answer ADD COLUMN review_version integer NOT NULL DEFAULT 0;
-- The version each audit entry produced, so a conflict can show the changes made since the editor's version.
ALTER TABLE review_audit ADD COLUMN version integer NOT NULL DEFAULT 0;
