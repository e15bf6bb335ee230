package org.factually.assistant.retrieval;

import org.factually.assistant.articles.PassageKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A passage found for a question, with the scores that found it: cosine similarity to the question,
 * its rank among nearest neighbours and among full-text matches (null where it was not among them), and the fused score;
 * and its sentences in the article's order, each with its own cosine similarity to the question.
 */
public record PassageHit(long passageId, String articleId, String title, LocalDate checkedOn, int position,
                         PassageKind kind, String section, String text, int start, int end,
                         double similarity, Integer vectorRank, Integer textRank, double fusedScore,
                         List<SentenceHit> sentences) {

    /** A sentence of the passage: [start, end) in the passage's text, and its similarity to the question. */
    public record SentenceHit(int start, int end, double similarity) {
        public String of(String passageText) {
            return passageText.substring(start, end);
        }
    }
}
