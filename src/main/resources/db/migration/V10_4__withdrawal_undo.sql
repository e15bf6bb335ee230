-- A withdrawn article's passages and follow-up questions, kept aside (with their ids) so that an editor can undo the
-- withdrawal: restored passages keep their ids, so citations of them are valid again. An upload of the article
-- replaces them for good.
CREATE TABLE withdrawn_passage (
    id           bigint PRIMARY KEY,
    article_id   text        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    kind         text        NOT NULL,
    section      text,
    text         text        NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    embedding    vector(384) NOT NULL
);
CREATE INDEX withdrawn_passage_article ON withdrawn_passage (article_id);
CREATE TABLE withdrawn_related_question (
    id         bigint PRIMARY KEY,
    article_id text    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    question   text    NOT NULL
);
CREATE INDEX withdrawn_related_question_article ON withdrawn_related_question (article_id);
-- The passages' sentences and sentence vectors (V8_1) are kept aside with them, and come back with them.
CREATE TABLE withdrawn_passage_sentence (
    passage_id   bigint      NOT NULL REFERENCES withdrawn_passage (id) ON DELETE CASCADE,
    ordinal      integer     NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    text         text        NOT NULL,
    embedding    vector(384) NOT NULL,
    PRIMARY KEY (passage_id, ordinal)
);
