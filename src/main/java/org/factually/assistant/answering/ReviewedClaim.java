package org.factually.assistant.answering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The reviewed claim an answer gives the verdict on, for partners to render: the claim and who made it, the verdict
 * as written, the rating on its scale ({@code ratingValue} between {@code worstRating} and {@code bestRating}, null
 * when the article states only a ruling sentence), when it was checked, and the article ({@code url} on this site).
 */
public record ReviewedClaim(String claim, String claimant, String appearance, String publisher, String verdict,
                            BigDecimal ratingValue, BigDecimal bestRating, BigDecimal worstRating, LocalDate checkedOn,
                            String articleId, String url, String source) {
}
