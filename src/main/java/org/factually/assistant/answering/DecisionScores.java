package org.factually.assistant.answering;

import java.util.List;

/**
 * How the decision came about, kept for the editors: the kind of fact asked for, the question's content stems and
 * focus, the best passage's similarity, stems no article has, the best candidate sentences and why the decision
 * went as it did. Fields the decision did not reach are null.
 */
public record DecisionScores(String answerType, List<String> terms, List<String> focus, Double topSimilarity,
                             List<String> unseenTerms, List<CandidateScore> candidates, Double bestCoverage, Double bestScore,
                             String reason) {

    /** A sentence that came close, with the scores that placed it. */
    public record CandidateScore(long passageId, String sentence, double sentenceCoverage, double passageCoverage,
                                 double similarity, double coverage, double score) {
    }

    DecisionScores because(String why) {
        return new DecisionScores(answerType, terms, focus, topSimilarity, unseenTerms, candidates, bestCoverage, bestScore, why);
    }
}
