package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.factually.assistant.common.Vectors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The last step of a question's walk: every reply is recorded, as given, before it is returned. */
@ApplicationScoped
public class AnswerRecorder {

    private final EntityManager em;
    private final AnswerTexts texts;

    public AnswerRecorder(EntityManager em, AnswerTexts texts) {
        this.em = em;
        this.texts = texts;
    }

    /** A fresh answer: a draft for the editors' queue. */
    public AnswerRecord answered(Question question, ComposedAnswer answer, AnswerScores scores) {
        AnswerRecord record = draft(question, scores);
        record.status = AnswerReply.ANSWERED;
        record.answer = answer.text();
        record.citations = answer.citations();
        record.suggestions = List.of();
        return record;
    }

    /** "I don't know", with articles the reader may find useful; a draft too, since editors may answer it. */
    public AnswerRecord unknown(Question question, List<SuggestedArticle> suggestions, AnswerScores scores) {
        AnswerRecord record = draft(question, scores);
        record.status = AnswerReply.UNKNOWN;
        record.answer = texts.noAnswer();
        record.citations = List.of();
        record.suggestions = suggestions;
        return record;
    }

    /** The newsroom's reviewed answer, recorded as served from it; it is no draft, so it is not queued for review. */
    public AnswerRecord servedFromReview(Question question, PublishedAnswers.Match match) {
        AnswerRecord source = match.reviewed();
        AnswerRecord record = base(question, AnswerScores.servedFrom(source.id.toString(), round(match.similarity()), question.embeddingMicros()));
        record.status = AnswerReply.ANSWERED;
        record.answer = source.reviewedAnswer;
        record.citations = source.reviewedCitations;
        record.suggestions = List.of();
        record.servedFrom = source.id;
        record.reviewedAt = source.reviewedAt;
        return record;
    }

    /** Stores the record with the time the whole walk took. */
    public AnswerReply record(AnswerRecord record, long startedNanos) {
        record.totalMs = (int) ((System.nanoTime() - startedNanos) / 1_000_000);
        // An answer log lost in a crash's last instant is acceptable; a question waiting on a disk flush is not.
        em.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        record.persist();
        return record.toReply();
    }

    private AnswerRecord draft(Question question, AnswerScores scores) {
        AnswerRecord record = base(question, scores);
        record.reviewState = ReviewStates.NEW;
        return record;
    }

    private static AnswerRecord base(Question question, AnswerScores scores) {
        AnswerRecord record = new AnswerRecord();
        record.id = UUID.randomUUID();
        record.question = question.asked();
        record.normalizedQuestion = question.normalized();
        record.questionEmbedding = Vectors.literal(question.vector());
        record.createdAt = Instant.now();
        record.scores = scores;
        record.retrievalMs = (int) ((question.embeddingMicros() + nullToZero(scores.analysisMicros()) + nullToZero(scores.searchMicros())) / 1000);
        return record;
    }

    private static long nullToZero(Long micros) {
        return micros == null ? 0 : micros;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
