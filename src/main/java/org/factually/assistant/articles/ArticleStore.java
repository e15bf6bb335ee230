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
            deletePassages(articleId);
            article.withdrawnAt = Instant.now();
        }
        return true;
    }

    /** Replaces the article's stored form in one transaction; readers see the old or the new version, never a mix. */
    @Transactional
    public void replace(ArticleContent parsed, List<EmbeddedPassage> passages, String source, String hash) {
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
        if (!passages.isEmpty()) {
            em.createNativeQuery(INSERT_PASSAGES)
                    .setParameter(1, parsed.id())
                    .setParameter(2, passagesJson(passages))
                    .setParameter(3, sentencesJson(passages))
                    .executeUpdate();
        }
        for (int i = 0; i < parsed.related().size(); i++) {
            RelatedQuestion q = new RelatedQuestion();
            q.articleId = parsed.id();
            q.position = i;
            q.question = parsed.related().get(i);
            q.persist();
        }
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
