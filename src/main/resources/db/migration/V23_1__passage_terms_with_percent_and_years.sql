-- The term analysis now writes "%" and "per cent" as "percent" and reads a year in words by hundreds
-- (retrieval/TextNormalizer), so stored stems are made again: retrieval/TermStatistics fills every passage whose
-- terms are missing, in batches, at start-up and at each refresh. Until a passage is filled it is found by its
-- vector alone.
UPDATE passage SET terms = NULL WHERE terms IS NOT NULL;
