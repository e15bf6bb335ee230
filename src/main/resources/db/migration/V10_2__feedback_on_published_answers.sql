-- Feedback on an answer served from a reviewed one reaches that reviewed (published) answer too: the copy a reader
-- rated is no draft and never in the queue, the answer it was served from is.
ALTER TABLE feedback ADD COLUMN published_answer_id uuid REFERENCES answer (id) ON DELETE SET NULL;
UPDATE feedback f SET published_answer_id = a.served_from FROM answer a WHERE a.id = f.answer_id AND a.served_from IS NOT NULL;
CREATE INDEX feedback_published_answer_id ON feedback (published_answer_id) WHERE published_answer_id IS NOT NULL;

-- The review action of feedback sending a published answer back to the queue.
ALTER TABLE review_audit DROP CONSTRAINT review_audit_action_check;
ALTER TABLE review_audit ADD CONSTRAINT review_audit_action_check
    CHECK (action IN ('approve', 'correct', 'reject', 'stale', 'feedback'));
