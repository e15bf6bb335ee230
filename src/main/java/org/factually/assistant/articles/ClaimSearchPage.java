package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Reviewed claims matching a search, in the shape of the Google Fact Check Tools {@code claims:search} reply
 * ({@code claims[]} with {@code text}, {@code claimant}, {@code claimDate} and {@code claimReview[]}), paged by
 * {@code page} and {@code size} instead of a page token.
 */
@Schema(description = "Reviewed claims matching a search, shaped as Google Fact Check Tools claims:search replies.")
public record ClaimSearchPage(
        List<FoundClaim> claims,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Claims per page", example = "20") int size,
        @Schema(description = "Claims matching in all pages", example = "3") long totalItems) {

    /** A claim and its reviews. */
    @Schema(name = "Claim")
    public record FoundClaim(
            @Schema(example = "The Medicaid expansion is going to cost Florida $1.9 billion a year.") String text,
            @Schema(example = "Rick Scott") String claimant,
            @Schema(description = "When the claim was made, when known") LocalDate claimDate,
            List<Review> claimReview) {
    }

    /** A review of the claim: who rated it, where, and the verdict as written. */
    @Schema(name = "ClaimReviewOfClaim")
    public record Review(Publisher publisher,
                         @Schema(description = "The review: the article's page on this service's site", example = "/articles/pf-6200") String url,
                         String title,
                         @Schema(description = "When the claim was checked, when known") LocalDate reviewDate,
                         @Schema(example = "False") String textualRating,
                         @Schema(description = "The article's id, as in citations") String articleId) {
    }

    /** The fact-checker; {@code site} is the host of its review URL when the metadata gives one. */
    public record Publisher(@Schema(example = "PolitiFact") String name, @Schema(example = "www.politifact.com") String site) {
    }
}
