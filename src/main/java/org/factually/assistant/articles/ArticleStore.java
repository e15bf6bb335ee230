package org.factually.assistant.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.factually.assistant.common.SentenceSplitter;
import org.factually.assistant.common.Vectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Writes an article with its passages and follow-up questions, all or nothing. Whatever cites the passages
 * being replaced or withdrawn hears of it ({@link ArticleChanging}) inside the same transaction.
 */
@ApplicationScoped
public class ArticleStore {

    /** What is stored of an article before it is ingested again: its content hash, and whether it was withdrawn. */
    public record Stored(String contentHash, boolean withdrawn) {
    }

    /** A passage with its embedding and one embedding per sentence, in the sentences' order. */
    public record EmbeddedPassage(PassageDraft draft, float[] embedding, List<float[]> sentenceEmbeddings) {
    }

    // One statement per article: all its passages, then all their sentences, from one JSON array each
    // (statements per passage cost a round trip each, about a third of ingestion's time besides the model).
    private static final String INSERT_PASSAGES = """
            WITH passages AS (
                INSERT INTO passage (article_id, position, kind, section, text, start_offset, end_offset, embedding)
                SELECT ?1, CAST(p ->> 0 AS integer), p ->> 1, p ->> 2, p ->> 3, CAST(p ->> 4 AS integer), CAST(p ->> 5 AS integer),
                       CAST(p ->> 6 AS vector)
                FROM jsonb_array_elements(CAST(?2 AS jsonb)) p
                RETURNING id, position)
            INSERT INTO passage_sentence (passage_id, ordinal, start_offset, end_offset, text, embedding)
            SELECT passages.id, CAST(s ->> 1 AS integer), CAST(s ->> 2 AS integer), CAST(s ->> 3 AS integer), s ->> 4,
                   CAST(s ->> 5 AS vector)
            FROM jsonb_array_elements(CAST(?3 AS jsonb)) s JOIN passages ON passages.position = CAST(s ->> 0 AS integer)""";

    private final EntityManager em;
    private final Event<ArticleChanging> changing;
    private final ObjectMapper json;

    private static final String PASSAGE_COLUMNS = "id, article_id, position, kind, section, text, start_offset, end_offset, embedding";
    private static final String ARCHIVE_PASSAGES = "INSERT INTO withdrawn_passage (" + PASSAGE_COLUMNS + ") SELECT "
            + PASSAGE_COLUMNS + " FROM passage WHERE article_id = ?1";
    private static final String RESTORE_PASSAGES = "INSERT INTO passage (" + PASSAGE_COLUMNS + ") SELECT "
            + PASSAGE_COLUMNS + " FROM withdrawn_passage WHERE article_id = ?1";
    private static final String SENTENCE_COLUMNS = "passage_id, ordinal, start_offset, end_offset, text, embedding";
    private static final String ARCHIVE_SENTENCES = "INSERT INTO withdrawn_passage_sentence (" + SENTENCE_COLUMNS + ") SELECT "
            + SENTENCE_COLUMNS + " FROM passage_sentence WHERE passage_id IN (SELECT id FROM passage WHERE article_id = ?1)";
    private static final String RESTORE_SENTENCES = "INSERT INTO passage_sentence (" + SENTENCE_COLUMNS + ") SELECT "
            + SENTENCE_COLUMNS + " FROM withdrawn_passage_sentence WHERE passage_id IN (SELECT id FROM withdrawn_passage WHERE article_id = ?1)";
    private static final String ARCHIVE_QUESTIONS = """
            INSERT INTO withdrawn_related_question (id, article_id, position, question)
            SELECT id, article_id, position, question FROM related_question WHERE article_id = ?1""";
    private static final String RESTORE_QUESTIONS = """
            INSERT INTO related_question (id, article_id, position, question)
            SELECT id, article_id, position, question FROM withdrawn_related_question WHERE article_id = ?1""";

    public ArticleStore(EntityManager em, Event<ArticleChanging> changing, ObjectMapper json) {
        this.em = em;
        this.changing = changing;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored stored(String articleId) {
        Article a = Article.findById(articleId);
        return a == null ? null : new Stored(a.contentHash, a.withdrawnAt != null);
    }

    /** Withdraws an article: its passages stop being evidence when the transaction commits. False if there is no such article. */
    @Transactional
    public boolean withdraw(String articleId) {
        Article article = Article.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            return false;
        }
        if (article.withdrawnAt == null) {
            changing.fire(new ArticleChanging(article.id, article.title, ArticleChanging.Change.WITHDRAWN));
            em.createNativeQuery(ARCHIVE_PASSAGES).setParameter(1, articleId).executeUpdate();
            em.createNativeQuery(ARCHIVE_SENTENCES).setParameter(1, articleId).executeUpdate();
            em.createNativeQuery(ARCHIVE_QUESTIONS).setParameter(1, articleId).executeUpdate();
            deletePassages(articleId);
            article.withdrawnAt = Instant.now();
        }
        return true;
    }

    /**
     * Undoes a withdrawal: the passages kept aside come back with their ids. False when the article is not
     * withdrawn or nothing was kept (withdrawn before withdrawals could be undone): then only an upload brings it back.
     */
    @Transactional
    public boolean restore(String articleId) {
        Article article = Article.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null || article.withdrawnAt == null) {
            return false;
        }
        int passages = em.createNativeQuery(RESTORE_PASSAGES).setParameter(1, articleId).executeUpdate();
        if (passages == 0) {
            return false;
        }
        em.createNativeQuery(RESTORE_SENTENCES).setParameter(1, articleId).executeUpdate();
        em.createNativeQuery(RESTORE_QUESTIONS).setParameter(1, articleId).executeUpdate();
        deleteArchive(articleId);
        article.withdrawnAt = null;
        return true;
    }

    /** Replaces the article's stored form in one transaction; readers see the old or the new version, never a mix. */
    @Transactional
    public void replace(ArticleContent parsed, List<EmbeddedPassage> passages, List<float[]> claimEmbeddings, String source, String hash) {
        Article article = Article.findById(parsed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            article = new Article();
            article.id = parsed.id();
        } else if (article.withdrawnAt == null) {
            changing.fire(new ArticleChanging(article.id, article.title, ArticleChanging.Change.REPLACED));
        }
        article.title = parsed.title();
        article.question = parsed.question();
        article.checkedOn = parsed.checkedOn();
        article.url = parsed.url();
        article.summary = parsed.summary();
        article.body = parsed.body();
        article.source = source;
        article.contentHash = hash;
        article.ingestedAt = Instant.now();
        article.withdrawnAt = null;
        article.persist();
        em.flush();

        deletePassages(parsed.id());
        deleteClaims(parsed.id());
        deleteArchive(parsed.id());
        if (!passages.isEmpty()) {
            em.createNativeQuery(INSERT_PASSAGES)
                    .setParameter(1, parsed.id())
                    .setParameter(2, passagesJson(passages))
                    .setParameter(3, sentencesJson(passages))
                    .executeUpdate();
        }
        for (int i = 0; i < parsed.claims().size(); i++) {
            insertClaim(parsed.id(), i, parsed.claims().get(i), claimEmbeddings.get(i));
        }
        for (int i = 0; i < parsed.related().size(); i++) {
            RelatedQuestion q = new RelatedQuestion();
            q.articleId = parsed.id();
            q.position = i;
            q.question = parsed.related().get(i);
            q.persist();
        }
    }

    private void deleteArchive(String articleId) {
        em.createNativeQuery("DELETE FROM withdrawn_passage WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("DELETE FROM withdrawn_related_question WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    private void insertClaim(String articleId, int position, ClaimDraft c, float[] embedding) {
        em.createNativeQuery("""
                INSERT INTO claim_review (article_id, position, claim, claimant, appearance, claim_date, publisher, verdict,
                                          rating_value, best_rating, worst_rating, review_date, url, source, ruling_sentence, embedding)
                VALUES (?1, ?2, ?3, CAST(?4 AS text), CAST(?5 AS text), CAST(?6 AS date), CAST(?7 AS text), ?8,
                        CAST(?9 AS numeric), CAST(?10 AS numeric), CAST(?11 AS numeric), CAST(?12 AS date), CAST(?13 AS text),
                        ?14, CAST(?15 AS text), CAST(?16 AS vector))""")
                .setParameter(1, articleId)
                .setParameter(2, position)
                .setParameter(3, c.claim())
                .setParameter(4, c.claimant())
                .setParameter(5, c.appearance())
                .setParameter(6, c.claimDate() == null ? null : c.claimDate().toString())
                .setParameter(7, c.publisher())
                .setParameter(8, c.verdict())
                .setParameter(9, c.ratingValue() == null ? null : c.ratingValue().toPlainString())
                .setParameter(10, c.bestRating() == null ? null : c.bestRating().toPlainString())
                .setParameter(11, c.worstRating() == null ? null : c.worstRating().toPlainString())
                .setParameter(12, c.reviewDate() == null ? null : c.reviewDate().toString())
                .setParameter(13, c.url())
                .setParameter(14, c.source())
                .setParameter(15, c.rulingSentence())
                .setParameter(16, Vectors.literal(embedding))
                .executeUpdate();
    }

    // A withdrawn article's claim reviews stay: every read of them skips withdrawn articles, and an undo needs them.
    private void deleteClaims(String articleId) {
        em.createNativeQuery("DELETE FROM claim_review WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    private String passagesJson(List<EmbeddedPassage> passages) {
        ArrayNode rows = json.createArrayNode();
        for (EmbeddedPassage embedded : passages) {
            PassageDraft p = embedded.draft();
            rows.addArray().add(p.position()).add(p.kind().name()).add(p.section()).add(p.text()).add(p.start()).add(p.end())
                    .add(Vectors.literal(embedded.embedding()));
        }
        return rows.toString();
    }

    private String sentencesJson(List<EmbeddedPassage> passages) {
        ArrayNode rows = json.createArrayNode();
        for (EmbeddedPassage embedded : passages) {
            PassageDraft p = embedded.draft();
            for (int i = 0; i < p.sentences().size(); i++) {
                SentenceSplitter.Span span = p.sentences().get(i);
                rows.addArray().add(p.position()).add(i).add(span.start()).add(span.end()).add(span.of(p.text()))
                        .add(Vectors.literal(embedded.sentenceEmbeddings().get(i)));
            }
        }
        return rows.toString();
    }

    private void deletePassages(String articleId) {
        em.createNativeQuery("DELETE FROM passage WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("DELETE FROM related_question WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }
}
