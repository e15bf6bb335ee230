package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.answering.PublishedAnswers;
import org.factually.assistant.answering.Question;
import org.factually.assistant.common.Vectors;
import org.hibernate.Session;
import org.postgresql.util.PGobject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
            SELECT id, CASE WHEN normalized_question = ? THEN 1.0
                            ELSE 1 - (question_embedding <=> CAST(? AS vector)) END AS similarity
            FROM answer
            WHERE published AND (normalized_question = ? OR question_embedding <=> CAST(? AS vector) <= ?)
            ORDER BY similarity DESC, reviewed_at DESC
            LIMIT 1""";

    private static final String REJECTED = """
            SELECT id FROM answer
            WHERE review_state = 'rejected' AND answer = ?
              AND (normalized_question = ? OR question_embedding <=> CAST(? AS vector) <= ?)
            LIMIT 1""";

    private record Found(UUID id, double similarity) {
    }

    private final EntityManager em;
    private final ReviewConfig config;

    public ReviewedAnswers(EntityManager em, ReviewConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Match> published(Question question) {
        PGobject vector = Vectors.parameter(question.vector());
        Optional<Found> found = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(PUBLISHED)) {
                s.setString(1, question.normalized());
                s.setObject(2, vector);
                s.setString(3, question.normalized());
                s.setObject(4, vector);
                s.setDouble(5, 1 - config.sameQuestionSimilarity());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Found(r.getObject(1, UUID.class), r.getDouble(2))) : Optional.empty();
                }
            }
        });
        return found.map(f -> new Match(em.find(AnswerRecord.class, f.id()), f.similarity()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> rejected(Question question, String answer) {
        return rejected(question.normalized(), Vectors.parameter(question.vector()), answer);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> rejected(AnswerRecord recorded) {
        return rejected(recorded.normalizedQuestion, Vectors.parameter(recorded.questionEmbedding), recorded.answer);
    }

    private Optional<UUID> rejected(String normalizedQuestion, PGobject vector, String answer) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(REJECTED)) {
                s.setString(1, answer);
                s.setString(2, normalizedQuestion);
                s.setObject(3, vector);
                s.setDouble(4, 1 - config.sameQuestionSimilarity());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }
}
