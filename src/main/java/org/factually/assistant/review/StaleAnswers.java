package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.articles.ArticleChanging;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * When an article is replaced or withdrawn, every published answer citing it leaves publication and returns
 * to the queue with the reason, in the transaction that changes the article: readers never get a reviewed
 * answer whose passages are gone.
 */
@ApplicationScoped
public class StaleAnswers {

    private static final Logger LOG = Logger.getLogger(StaleAnswers.class);

    private final EntityManager em;
    private final ReviewService reviews;
    private final ReviewTexts texts;

    public StaleAnswers(EntityManager em, ReviewService reviews, ReviewTexts texts) {
        this.em = em;
        this.reviews = reviews;
        this.texts = texts;
    }

    void onArticleChanging(@Observes ArticleChanging change) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM answer
                        WHERE published AND reviewed_citations @> jsonb_build_array(jsonb_build_object('articleId', CAST(?1 AS text)))""")
                .setParameter(1, change.articleId())
                .getResultList();
        if (ids.isEmpty()) {
            return;
        }
        String reason = texts.staleReason(change, LocalDate.now(ZoneOffset.UTC));
        for (UUID id : ids) {
            reviews.makeStale(em.find(AnswerRecord.class, id), reason);
        }
        LOG.infof("article %s %s: %d reviewed answers back in the review queue", change.articleId(),
                change.change().name().toLowerCase(), ids.size());
    }
}
