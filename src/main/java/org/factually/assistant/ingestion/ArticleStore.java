package org.factually.assistant.ingestion;

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

    // One statement per passage: its row, then all its sentences from one JSON array.
    private static final String INSERT_PASSAGE = """
            INSERT INTO passage (article_id, position, kind, section, text, start_offset, end_offset, embedding)
            VALUES (?1, ?2, ?3, CAST(?4 AS text), ?5, ?6, ?7, CAST(?8 AS vector)) RETURNING id""";
    private static final String INSERT_SENTENCES = """
            INSERT INTO passage_sentence (passage_id, ordinal, start_offset, end_offset, text, embedding)
            SELECT ?1, s.ordinality - 1, CAST(s.value ->> 0 AS integer), CAST(s.value ->> 1 AS integer), s.value ->> 2,
                   CAST(s.value ->> 3 AS vector)
            FROM jsonb_array_elements(CAST(?2 AS jsonb)) WITH ORDINALITY s""";

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
    public void replace(ParsedArticle parsed, String body, List<EmbeddedPassage> passages, String source, String hash) {
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
        article.body = body;
        article.source = source;
        article.contentHash = hash;
        article.ingestedAt = Instant.now();
        article.withdrawnAt = null;
        article.persist();
        em.flush();

        deletePassages(parsed.id());
        for (EmbeddedPassage embedded : passages) {
            PassageDraft p = embedded.draft();
            long id = ((Number) em.createNativeQuery(INSERT_PASSAGE)
                    .setParameter(1, parsed.id())
                    .setParameter(2, p.position())
                    .setParameter(3, p.kind().name())
                    .setParameter(4, p.section())
                    .setParameter(5, p.text())
                    .setParameter(6, p.start())
                    .setParameter(7, p.end())
                    .setParameter(8, Vectors.literal(embedded.embedding()))
                    .getSingleResult()).longValue();
            if (!p.sentences().isEmpty()) {
                em.createNativeQuery(INSERT_SENTENCES).setParameter(1, id).setParameter(2, sentencesJson(embedded)).executeUpdate();
            }
        }
        for (int i = 0; i < parsed.related().size(); i++) {
            RelatedQuestion q = new RelatedQuestion();
            q.articleId = parsed.id();
            q.position = i;
            q.question = parsed.related().get(i);
            q.persist();
        }
    }

    private String sentencesJson(EmbeddedPassage embedded) {
        PassageDraft p = embedded.draft();
        ArrayNode rows = json.createArrayNode();
        for (int i = 0; i < p.sentences().size(); i++) {
            SentenceSplitter.Span span = p.sentences().get(i);
            rows.addArray().add(span.start()).add(span.end()).add(span.of(p.text()))
                    .add(Vectors.literal(embedded.sentenceEmbeddings().get(i)));
        }
        return rows.toString();
    }

    private void deletePassages(String articleId) {
        em.createNativeQuery("DELETE FROM passage WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("DELETE FROM related_question WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }
}
