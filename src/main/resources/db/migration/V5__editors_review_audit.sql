-- Newsroom accounts for form login. Passwords are bcrypt hashes; "reader" accounts may log in but see no editor page.
CREATE TABLE editor_user (
    id            bigserial PRIMARY KEY,
    username      text        NOT NULL UNIQUE,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
    created_at    timestamptz NOT NULL
);

-- A withdrawn article keeps its row (for the editors' list) but loses its passages, so it is no longer evidence.
ALTER TABLE article ADD COLUMN withdrawn_at timestamptz;

-- Review of the recorded answers. review_state is null for an answer served from a reviewed one: it is not a draft.
-- The published text and citations of an approved or corrected answer are kept apart from the draft as given.
ALTER TABLE answer
    ADD COLUMN question_embedding vector(384),
    ADD COLUMN review_state       text DEFAULT 'new' CHECK (review_state IN ('new', 'approved', 'corrected', 'rejected')),
    ADD COLUMN published          boolean     NOT NULL DEFAULT false,
    ADD COLUMN reviewed_by        text,
    ADD COLUMN reviewed_at        timestamptz,
    ADD COLUMN reviewed_answer    text,
    ADD COLUMN reviewed_citations jsonb,
    ADD COLUMN reject_reason      text,
    ADD COLUMN stale_reason       text,
    ADD COLUMN served_from        uuid REFERENCES answer (id) ON DELETE SET NULL,
    ADD COLUMN search_text        tsvector GENERATED ALWAYS AS (
        to_tsvector('english', question || ' ' || coalesce(answer, '') || ' ' || coalesce(reviewed_answer, ''))) STORED;

-- The review queue: newest first, within a review state and/or an outcome; drafts only.
CREATE INDEX answer_queue_all ON answer (created_at DESC) WHERE review_state IS NOT NULL;
CREATE INDEX answer_queue_state ON answer (review_state, created_at DESC) WHERE review_state IS NOT NULL;
CREATE INDEX answer_queue_status ON answer (status, created_at DESC) WHERE review_state IS NOT NULL;
CREATE INDEX answer_queue_state_status ON answer (review_state, status, created_at DESC) WHERE review_state IS NOT NULL;
CREATE INDEX answer_search_text ON answer USING gin (search_text);
-- Published reviewed answers are few: looked up by normalized question, the rest compared by embedding.
CREATE INDEX answer_published ON answer (normalized_question) WHERE published;
CREATE INDEX answer_rejected ON answer (normalized_question) WHERE review_state = 'rejected';
-- Deleting a reviewed answer clears served_from on its copies: without this index each delete scans the table.
CREATE INDEX answer_served_from ON answer (served_from) WHERE served_from IS NOT NULL;
-- Content gaps: the questions the service could not answer, newest first.
CREATE INDEX answer_unknown ON answer (created_at DESC) WHERE status = 'unknown';

-- Who did what to which answer, and when, with the answer's review fields before and after.
CREATE TABLE review_audit (
    id         bigserial PRIMARY KEY,
    answer_id  uuid        NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    actor      text        NOT NULL,
    action     text        NOT NULL CHECK (action IN ('approve', 'correct', 'reject', 'stale')),
    reason     text,
    before     jsonb       NOT NULL,
    after      jsonb       NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX review_audit_answer ON review_audit (answer_id, created_at);
