-- Every sentence of a passage with its own embedding, so that the answer decision can tell which sentence of a
-- passage answers the question and which only stands near it. Offsets are into the passage's text; the rows go
-- with their passage (re-ingestion deletes and re-inserts passages, withdrawal deletes them).
CREATE TABLE passage_sentence (
    passage_id   bigint      NOT NULL REFERENCES passage (id) ON DELETE CASCADE,
    ordinal      integer     NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    text         text        NOT NULL,
    embedding    vector(384) NOT NULL,
    PRIMARY KEY (passage_id, ordinal)
);
