-- Speed (issue 12). A repeated decision is stored by copying the answer it repeats (AnswerRecorder.recordRepeat).
-- Two parts of that copy were computed again for every repeat, and took most of its time in PostgreSQL:
-- 1. The scores were read, extended with the id of the answer repeated and compressed again (2.9 kB of JSONB).
--    That id is now a column of its own, so the scores are copied as stored.
-- 2. The editors' search vector was a generated column: to_tsvector of the question and the whole answer text on
--    every insert. The answer's part is now kept in answer_search, which a repeat copies; a trigger computes the
--    question's part and search_text from the two. Same lexemes as before; only positions across the border
--    between question and answer differ, which no editor's search phrase spans.
-- pgbench, 16 clients, the repeat's INSERT ... SELECT of a 3.5 kB answer on this 2-core machine: about 2,150
-- inserts/s before, 3,900-4,500 after (README, "What changed for speed").
ALTER TABLE answer ADD COLUMN repeats uuid;
COMMENT ON COLUMN answer.repeats IS 'The answer whose decision this one repeats (DecisionCache); no foreign key, so that '
    'a burst of repeats does not share-lock the row it copies.';

ALTER TABLE answer ALTER COLUMN search_text DROP EXPRESSION;
ALTER TABLE answer ADD COLUMN answer_search tsvector;

UPDATE answer
SET repeats       = CASE WHEN scores ? 'repeatsAnswer' THEN (scores ->> 'repeatsAnswer')::uuid END,
    scores        = scores - 'repeatsAnswer',
    answer_search = to_tsvector('english', coalesce(answer, '') || ' ' || coalesce(reviewed_answer, ''));

CREATE FUNCTION answer_search_vectors() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.question IS NOT DISTINCT FROM OLD.question AND NEW.answer IS NOT DISTINCT FROM OLD.answer
           AND NEW.reviewed_answer IS NOT DISTINCT FROM OLD.reviewed_answer THEN
        NEW.answer_search := OLD.answer_search;
        NEW.search_text := OLD.search_text;
        RETURN NEW;
    END IF;
    -- Only a repeat brings its answer part on insert: the one of the answer it copies, whose texts it copies too.
    IF TG_OP = 'UPDATE' OR NEW.answer_search IS NULL THEN
        NEW.answer_search := to_tsvector('english', coalesce(NEW.answer, '') || ' ' || coalesce(NEW.reviewed_answer, ''));
    END IF;
    NEW.search_text := to_tsvector('english', NEW.question) || NEW.answer_search;
    RETURN NEW;
END;
$$;

CREATE TRIGGER answer_search_vectors BEFORE INSERT OR UPDATE ON answer
    FOR EACH ROW EXECUTE FUNCTION answer_search_vectors();
