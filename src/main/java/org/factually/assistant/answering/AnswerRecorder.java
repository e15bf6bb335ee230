package org.factually.assistant.answering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.factually.assistant.articles.ReviewedClaim;
import org.factually.assistant.common.Vectors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The last step of a question's walk: every reply is recorded, as given, before it is returned. */
@ApplicationScoped
public class AnswerRecorder {

    /** A repeat's outcome: its reply, or none when the articles or reviews changed since the decision. */
    record Repeat(Optional<AnswerReply> reply, long generation) {
    }

    private final EntityManager em;
    private final AnswerTexts texts;
    private final QuestionStages stages;
    private final AskingKey asking;
    private final RepeatWriter repeats;

    public AnswerRecorder(EntityManager em, AnswerTexts texts, QuestionStages stages, AskingKey asking, RepeatWriter repeats) {
        this.em = em;
        this.repeats = repeats;
        this.texts = texts;
        this.stages = stages;
        this.asking = asking;
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
        record.reviewedKind = AnswerReply.Reviewed.kindOf(source.reviewState);
        record.claimReview = claimReviewKept(source);
        return record;
    }

    /**
     * The claim review a reviewed answer gives the verdict of, as long as the reviewed text still cites its article: an
     * approved verdict answer keeps it, an edited one keeps it only if the editors kept the article among its sources.
     */
    private static ReviewedClaim claimReviewKept(AnswerRecord source) {
        if (source.claimReview == null || source.reviewedCitations == null) {
            return null;
        }
        boolean cited = source.reviewedCitations.stream().anyMatch(c -> source.claimReview.articleId().equals(c.articleId()));
        return cited ? source.claimReview : null;
    }

    /**
     * Stores the record with the time the whole walk took and the partner key it was asked with, which is what the
     * partner's usage counts. The transaction commits without waiting for the disk (see {@link DecisionCache#begin}).
     */
    public AnswerReply record(AnswerRecord record, long startedNanos) {
        long started = System.nanoTime();
        record.totalMs = (int) ((started - startedNanos) / 1_000_000);
        record.askedWithKey = asking.keyId();
        persist(record);
        return recorded(record, started);
    }

    /**
     * The decision made for an earlier asking of the same normalised question, recorded as an answer of its own (its
     * own id, question and time) by copying the stored answer it repeats ({@link RepeatWriter}, outside any
     * transaction): its text, citations, suggestions, vector and claim review are not serialised and sent again (over
     * a quarter of a repeat's JVM CPU, JFR). The answer repeated may not be committed yet, or gone; then the record is
     * stored in full from the decision, in a transaction of its own. Nothing is recorded when the database's
     * generation has moved past the decision's: it is to be decided again.
     */
    Repeat recordRepeat(String asked, String normalized, CachedDecision decision, long startedNanos) {
        long started = System.nanoTime();
        AnswerRecord record = new AnswerRecord();
        record.id = UUID.randomUUID();
        record.question = asked;
        record.normalizedQuestion = normalized;
        record.createdAt = Instant.now();
        record.askedWithKey = asking.keyId();
        decision.applyTo(record);
        record.totalMs = (int) ((started - startedNanos) / 1_000_000);
        RepeatWriter.Written written = repeats.write(new RepeatWriter.Row(record.id, record.question,
                record.normalizedQuestion, record.totalMs, record.createdAt, record.reviewState, record.servedFrom,
                record.reviewedAt, record.reviewedKind, record.askedWithKey, record.repeats, decision.generation()));
        if (written.generation() != decision.generation()) {
            return new Repeat(Optional.empty(), written.generation());
        }
        if (!written.copied()) {
            QuarkusTransaction.requiringNew().run(() -> persist(record));
        }
        return new Repeat(Optional.of(recorded(record, started)), written.generation());
    }

    private void persist(AnswerRecord record) {
        record.persist();
        em.flush();
        // Written once, never changed: detached, the commit does not dirty-check its JSON columns again.
        em.detach(record);
    }

    private AnswerReply recorded(AnswerRecord record, long started) {
        stages.since(QuestionStages.Stage.RECORDING, started);
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
