-- Readers' verdicts on the answers they were given, kept with the recorded answer for the editors.
CREATE TABLE feedback (
    id         bigserial PRIMARY KEY,
    answer_id  uuid        NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    helpful    boolean     NOT NULL,
    reason     text CHECK (reason IN ('wrong', 'not-what-i-asked', 'outdated', 'other')),
    comment    text,
    created_at timestamptz NOT NULL,
    -- A reason and a comment say what was wrong with an unhelpful answer.
    CHECK (NOT helpful OR (reason IS NULL AND comment IS NULL))
);
CREATE INDEX feedback_answer_id ON feedback (answer_id);
CREATE INDEX feedback_created_at ON feedback (created_at DESC);
