package org.factually.assistant.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    private final EntityManager em;
    private final Event<ArticleChanging> changing;

    public ArticleStore(EntityManager em, Event<ArticleChanging> changing) {
        this.em = em;
        this.changing = changing;
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
    public void replace(ArticleContent parsed, List<float[]> embeddings, String source, String hash) {
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
        for (int i = 0; i < parsed.passages().size(); i++) {
            PassageDraft p = parsed.passages().get(i);
            em.createNativeQuery("""
                    INSERT INTO passage (article_id, position, kind, section, text, start_offset, end_offset, embedding)
                    VALUES (?1, ?2, ?3, CAST(?4 AS text), ?5, ?6, ?7, CAST(?8 AS vector))""")
                    .setParameter(1, parsed.id())
                    .setParameter(2, p.position())
                    .setParameter(3, p.kind().name())
                    .setParameter(4, p.section())
                    .setParameter(5, p.text())
                    .setParameter(6, p.start())
                    .setParameter(7, p.end())
                    .setParameter(8, Vectors.literal(embeddings.get(i)))
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

    private void deletePassages(String articleId) {
        em.createNativeQuery("DELETE FROM passage WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("DELETE FROM related_question WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }
}
