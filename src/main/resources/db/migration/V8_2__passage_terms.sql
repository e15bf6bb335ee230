-- The passage's stems as the service's own term analysis makes them (numbers, identifiers and spellings written
-- one way, see retrieval/TextNormalizer), so that full-text matches and word statistics agree with the question's
-- stems. Filled by retrieval/TermStatistics for passages that have none yet (new passages), at every refresh.
ALTER TABLE passage ADD COLUMN terms tsvector;
CREATE INDEX passage_terms_gin ON passage USING gin (terms);
CREATE INDEX passage_terms_missing ON passage (id) WHERE terms IS NULL;
