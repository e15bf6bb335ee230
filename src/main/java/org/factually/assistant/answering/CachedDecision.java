package org.factually.assistant.answering;

import org.factually.assistant.articles.ReviewedClaim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was answered to a normalised question at one {@code generation} of the articles and reviews: enough to
 * record the same answer again as an answer of its own, without embedding, searching or deciding again.
 */
record CachedDecision(long generation, UUID answerId, String status, String answer, List<StoredCitation> citations,
                      List<SuggestedArticle> suggestions, UUID servedFrom, Instant reviewedAt, String reviewState,
                      String reviewedKind, ReviewedClaim claimReview, String questionEmbedding, AnswerScores scores) {

    static CachedDecision of(AnswerRecord record, long generation) {
        return new CachedDecision(generation, record.id, record.status, record.answer, List.copyOf(record.citations),
                List.copyOf(record.suggestions), record.servedFrom, record.reviewedAt, record.reviewState,
                record.reviewedKind, record.claimReview, record.questionEmbedding, record.scores);
    }

    /** The decision as a new answer: its own id, question and time, and the answer it repeats. */
    void applyTo(AnswerRecord record) {
        record.status = status;
        record.answer = answer;
        record.citations = citations;
        record.suggestions = suggestions;
        record.servedFrom = servedFrom;
        record.reviewedAt = reviewedAt;
        record.reviewState = reviewState;
        record.reviewedKind = reviewedKind;
        record.claimReview = claimReview;
        record.questionEmbedding = questionEmbedding;
        record.scores = scores;
        record.repeats = answerId;
    }
}
