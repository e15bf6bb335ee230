-- Needs a superuser the first time; scripts/setup-postgres.sh and the pgvector image create it beforehand.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE article (
    id           text PRIMARY KEY,
    title        text        NOT NULL,
    question     text,
    checked_on   date,
    url          text,
    summary      text,
    body         text        NOT NULL,
    source       text        NOT NULL,
    content_hash text        NOT NULL,
    ingested_at  timestamptz NOT NULL
);

CREATE TABLE passage (
    id           bigserial PRIMARY KEY,
    article_id   text        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    kind         text        NOT NULL,
    section      text,
    text         text        NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    embedding    vector(384) NOT NULL,
    search_text  tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(section, '') || ' ' || text)) STORED,
    UNIQUE (article_id, position)
);
CREATE INDEX passage_embedding_hnsw ON passage USING hnsw (embedding vector_cosine_ops);
CREATE INDEX passage_search_text_gin ON passage USING gin (search_text);

-- Follow-up questions suggested by an article: shown to readers, never used as evidence.
CREATE TABLE related_question (
    id         bigserial PRIMARY KEY,
    article_id text    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    question   text    NOT NULL,
    UNIQUE (article_id, position)
);

CREATE TABLE answer (
    id                  uuid PRIMARY KEY,
    question            text        NOT NULL,
    normalized_question text        NOT NULL,
    status              text        NOT NULL,
    answer              text,
    citations           jsonb       NOT NULL,
    suggestions         jsonb       NOT NULL,
    scores              jsonb       NOT NULL,
    retrieval_ms        integer     NOT NULL,
    total_ms            integer     NOT NULL,
    created_at          timestamptz NOT NULL
);
CREATE INDEX answer_created_at ON answer (created_at DESC);
