-- Questions editors marked off-topic (outside what the site's fact checks cover): they leave the content gaps.
CREATE TABLE off_topic_question (
    normalized_question text PRIMARY KEY,
    marked_by           text        NOT NULL,
    marked_at           timestamptz NOT NULL
);

ALTER TABLE review_audit DROP CONSTRAINT review_audit_action_check;
ALTER TABLE review_audit ADD CONSTRAINT review_audit_action_check
    CHECK (action IN ('approve', 'correct', 'reject', 'stale', 'feedback', 'off-topic'));
