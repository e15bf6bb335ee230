package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The reviewed claim an answer gives the verdict on, for partners to render: the claim and who made it, the verdict
 * as written, the rating on its scale ({@code ratingValue} between {@code worstRating} and {@code bestRating}, null
 * when the article states only a ruling sentence), when it was checked, and the article ({@code url} on this site).
 */
@Schema(description = "A claim an article reviewed, with its verdict and rating.")
public record ReviewedClaim(
        String claim,
        @Schema(description = "Who made the claim, when the article says") String claimant,
        @Schema(description = "Where the claim was made, when the article says") String appearance,
        @Schema(description = "The fact-checker that rated it, when the metadata names one") String publisher,
        @Schema(description = "The verdict as the article writes it", example = "Mostly False") String verdict,
        @Schema(description = "The rating on the scale from worstRating to bestRating; null for a verdict read from a ruling sentence")
        BigDecimal ratingValue,
        BigDecimal bestRating,
        BigDecimal worstRating,
        @Schema(description = "When the claim was checked, when known") LocalDate checkedOn,
        String articleId,
        @Schema(description = "The article's page on this service's site", example = "/articles/pf-6200") String url,
        @Schema(enumeration = {"metadata", "ruling-sentence"}) String source) {

    /** The stored review as partners and readers see it; the review's own date, else the article's "checked on". */
    public static ReviewedClaim of(ClaimReview r, LocalDate articleCheckedOn, String articleUrl) {
        return new ReviewedClaim(r.claim, r.claimant, r.appearance, r.publisher, r.verdict, r.ratingValue, r.bestRating,
                r.worstRating, r.reviewDate != null ? r.reviewDate : articleCheckedOn, r.articleId, articleUrl, r.source);
    }
}
