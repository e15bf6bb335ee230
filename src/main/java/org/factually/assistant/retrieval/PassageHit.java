package org.factually.assistant.retrieval;

import org.factually.assistant.articles.PassageKind;

import java.time.LocalDate;

/**
 * A passage found for a question, with the scores that found it: cosine similarity to the question,
 * its rank among nearest neighbours and among full-text matches (null where it was not among them), and the fused score.
 */
public record PassageHit(long passageId, String articleId, String title, LocalDate checkedOn, int position,
                         PassageKind kind, String section, String text, int start, int end,
                         double similarity, Integer vectorRank, Integer textRank, double fusedScore) {
}
