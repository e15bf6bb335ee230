package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.answering.PublishedAnswers;
import org.factually.assistant.answering.Question;
import org.factually.assistant.common.Vectors;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recognises a question the newsroom has reviewed: the same question once normalised, or one whose embedding
 * is at least {@code review.same-question-similarity} close. Published reviewed answers are few, so each
 * lookup is one query over the partial index of published answers.
 */
@ApplicationScoped
public class ReviewedAnswers implements PublishedAnswers {

    // An exact normalised match wins over any embedding match; among those, the closest, then the latest reviewed.
    private static final String PUBLISHED = """
            SELECT id, CASE WHEN normalized_question = ?1 THEN 1.0
                            ELSE 1 - (question_embedding <=> CAST(?2 AS vector)) END AS similarity
            FROM answer
            WHERE published AND (normalized_question = ?1 OR question_embedding <=> CAST(?2 AS vector) <= ?3)
            ORDER BY similarity DESC, reviewed_at DESC
            LIMIT 1""";

    private static final String REJECTED = """
            SELECT id FROM answer
            WHERE review_state = 'rejected' AND answer = ?3
              AND (normalized_question = ?1 OR question_embedding <=> CAST(?2 AS vector) <= ?4)
            LIMIT 1""";

    private final EntityManager em;
    private final ReviewConfig config;

    public ReviewedAnswers(EntityManager em, ReviewConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Match> published(Question question) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PUBLISHED)
                .setParameter(1, question.normalized())
                .setParameter(2, Vectors.literal(question.vector()))
                .setParameter(3, 1 - config.sameQuestionSimilarity())
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new Match(em.find(AnswerRecord.class, (UUID) r[0]), ((Number) r[1]).doubleValue()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> rejected(Question question, String answer) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(REJECTED)
                .setParameter(1, question.normalized())
                .setParameter(2, Vectors.literal(question.vector()))
                .setParameter(3, answer)
                .setParameter(4, 1 - config.sameQuestionSimilarity())
                .getResultList();
        return ids.stream().findFirst();
    }
}
