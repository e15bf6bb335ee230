package org.factually.assistant.answering;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What is kept with every recorded answer for the editors: the decision's scores, the passages retrieval found,
 * the time each step took, and where a served answer came from. Stored as JSONB; rows written before {@code version}
 * existed carry the same field names and read as version 1. A repeated decision copies the scores of the answer it
 * repeats unchanged ({@link AnswerRecord#repeats} names that answer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerScores(Integer version, String answerType, List<String> terms, List<String> focus, Double topSimilarity,
                           List<String> unseenTerms, List<DecisionScores.CandidateScore> candidates, Double bestCoverage,
                           Double bestScore, String reason, List<PassageScore> passages, String rejectedDraft,
                           String servedFromReview, Double questionSimilarity,
                           Long embeddingMicros, Long analysisMicros, Long searchMicros, ClaimAnswers.ClaimScores claim) {

    public static final int CURRENT_VERSION = 2;

    /** A passage retrieval found: how close it is, and where the two searches ranked it (null where it was not among them). */
    public record PassageScore(long passageId, String articleId, int position, double similarity, Integer vectorRank,
                               Integer textRank, double fused) {
    }

    /** The scores of an answer decided afresh. */
    static AnswerScores decided(DecisionScores d, List<PassageScore> passages, String rejectedDraft,
                                long embeddingMicros, long analysisMicros, long searchMicros) {
        return new AnswerScores(CURRENT_VERSION, d.answerType(), d.terms(), d.focus(), d.topSimilarity(), d.unseenTerms(),
                d.candidates(), d.bestCoverage(), d.bestScore(), d.reason(), passages, rejectedDraft, null, null,
                embeddingMicros, analysisMicros, searchMicros, null);
    }

    /** The scores of an answer served from the newsroom's reviewed one. */
    static AnswerScores servedFrom(String reviewedId, double questionSimilarity, long embeddingMicros) {
        return new AnswerScores(CURRENT_VERSION, null, null, null, null, null, null, null, null, null, null, null,
                reviewedId, questionSimilarity, embeddingMicros, null, null, null);
    }

    /** The scores of a question about a claim: how the reviewed claims near it compared; the claim step's time as search. */
    static AnswerScores claimed(ClaimAnswers.ClaimScores claim, String rejectedDraft, long embeddingMicros, long claimMicros) {
        return new AnswerScores(CURRENT_VERSION, null, null, null, null, null, null, null, null, null, null, rejectedDraft,
                null, null, embeddingMicros, null, claimMicros, claim);
    }
}
