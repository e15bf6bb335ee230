-- Claims an article reviews (issue 9): read from the JSON article's schema.org ClaimReview ('metadata') or from
-- the article's ruling sentence ("We rate this claim Mostly False.": 'ruling-sentence'). Replaced with the article.
CREATE TABLE claim_review (
    id               bigserial PRIMARY KEY,
    article_id       text        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    claim            text        NOT NULL,
    claimant         text,
    appearance       text,
    claim_date       date,
    publisher        text,
    verdict          text        NOT NULL,
    rating_value     numeric,
    best_rating      numeric,
    worst_rating     numeric,
    review_date      date,
    url              text,
    source           text        NOT NULL CHECK (source IN ('metadata', 'ruling-sentence')),
    -- The ruling sentence as written, quoted as the verdict of an answer; null for metadata.
    ruling_sentence  text,
    -- bge-small-en-v1.5 embedding of the claim, without the query instruction: claims are compared with claims.
    embedding        vector(384) NOT NULL,
    search_text      tsvector GENERATED ALWAYS AS (to_tsvector('english', claim || ' ' || coalesce(claimant, ''))) STORED,
    UNIQUE (article_id, position)
);
CREATE INDEX claim_review_embedding_hnsw ON claim_review USING hnsw (embedding vector_cosine_ops);
CREATE INDEX claim_review_search_text_gin ON claim_review USING gin (search_text);

-- The claim review an answer gave the verdict of, as the reply carried it.
ALTER TABLE answer ADD COLUMN claim_review jsonb;
