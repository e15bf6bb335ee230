-- A withdrawal keeps its passages aside (V10_4) so that it can be undone; their sentences and sentence vectors
-- (V8_1) are kept aside with them, and come back with them.
CREATE TABLE withdrawn_passage_sentence (
    passage_id   bigint      NOT NULL REFERENCES withdrawn_passage (id) ON DELETE CASCADE,
    ordinal      integer     NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    text         text        NOT NULL,
    embedding    vector(384) NOT NULL,
    PRIMARY KEY (passage_id, ordinal)
);
