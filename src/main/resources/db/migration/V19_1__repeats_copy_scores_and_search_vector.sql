-- Speed (issue 12). A repeated decision is stored by copying the answer it repeats (AnswerRecorder.recordRepeat).
-- Two parts of that copy were computed again for every repeat, and took most of its time in PostgreSQL:
-- 1. The scores were read, extended with the id of the answer repeated and compressed again (2.9 kB of JSONB).
--    That id is now a column of its own, so the scores are copied as stored.
-- 2. The editors' search vector was a generated column: to_tsvector of the question and the whole answer text on
--    every insert. The drafted answer's part is now kept in answer_search, which a repeat copies with the text it
--    is computed from; a trigger adds the question's and the reviewed text's parts. Same lexemes as before; only
--    positions across the borders between the parts differ, which no editor's search phrase spans.
-- pgbench, 16 clients, the repeat's INSERT ... SELECT of a 3.5 kB answer on this 2-core machine: about 2,150
-- inserts/s before, 3,900-4,500 after (README, "What changed for speed").
ALTER TABLE answer ADD COLUMN repeats uuid;
COMMENT ON COLUMN answer.repeats IS 'The answer whose decision this one repeats (DecisionCache); no foreign key, so that '
    'a burst of repeats does not share-lock the row it copies.';

ALTER TABLE answer ALTER COLUMN search_text DROP EXPRESSION;
ALTER TABLE answer ADD COLUMN answer_search tsvector;
COMMENT ON COLUMN answer.answer_search IS 'to_tsvector of the drafted answer text alone, kept by trigger answer_search_vectors';

UPDATE answer
SET repeats       = CASE WHEN scores ? 'repeatsAnswer' THEN (scores ->> 'repeatsAnswer')::uuid END,
    scores        = scores - 'repeatsAnswer',
    answer_search = to_tsvector('english', coalesce(answer, ''));

CREATE FUNCTION answer_search_vectors() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    -- Only a repeat brings the answer's part on insert: the one of the answer whose text it copies.
    IF TG_OP = 'UPDATE' OR NEW.answer_search IS NULL THEN
        NEW.answer_search := to_tsvector('english', coalesce(NEW.answer, ''));
    END IF;
    NEW.search_text := to_tsvector('english', NEW.question) || NEW.answer_search
                           || to_tsvector('english', coalesce(NEW.reviewed_answer, ''));
    RETURN NEW;
END;
$$;

CREATE TRIGGER answer_search_vectors_insert BEFORE INSERT ON answer
    FOR EACH ROW EXECUTE FUNCTION answer_search_vectors();
-- Review actions update every column of the row; only a change of its texts changes the vectors.
CREATE TRIGGER answer_search_vectors_update BEFORE UPDATE ON answer
    FOR EACH ROW WHEN (OLD.question IS DISTINCT FROM NEW.question OR OLD.answer IS DISTINCT FROM NEW.answer
                       OR OLD.reviewed_answer IS DISTINCT FROM NEW.reviewed_answer)
    EXECUTE FUNCTION answer_search_vectors();
