package org.factually.assistant.articles;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim review as read from an article file, before it is stored (a {@link ClaimReview} once stored): from ClaimReview metadata
 * ({@code rulingSentence} null) or from a ruling sentence of the text ({@code source} "ruling-sentence").
 */
public record ClaimDraft(String claim, String claimant, String appearance, LocalDate claimDate, String publisher,
                          String verdict, BigDecimal ratingValue, BigDecimal bestRating, BigDecimal worstRating,
                          LocalDate reviewDate, String url, String source, String rulingSentence) {
}
