-- The term analysis now leaves out the articles' source markers ("[3]") and reads "mid-September" as September
-- (retrieval/TextNormalizer), so stored stems are made again, as in V23_1: retrieval/TermStatistics fills every
-- passage whose terms are missing, in batches, at start-up and at each refresh.
UPDATE passage SET terms = NULL WHERE terms IS NOT NULL;
