-- An editor may assign a draft to another editor: claimed_by is then the assignee, assigned_by who assigned it.
ALTER TABLE answer ADD COLUMN assigned_by text;
-- The queue's "assigned to me" filter reads the few drafts someone holds, newest first.
CREATE INDEX answer_claimed_by ON answer (claimed_by, created_at DESC) WHERE claimed_by IS NOT NULL;
-- Assigning and unassigning are written to the audit trail.
ALTER TABLE review_audit DROP CONSTRAINT review_audit_action_check;
ALTER TABLE review_audit ADD CONSTRAINT review_audit_action_check
    CHECK (action IN ('approve', 'correct', 'reject', 'stale', 'feedback', 'off-topic', 'assign', 'unassign'));
