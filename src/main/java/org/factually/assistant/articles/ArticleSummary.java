package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An article in a list. */
@Schema(description = "A fact-check article in a list.")
public record ArticleSummary(
        @Schema(example = "000_dc335325e3338c34") String id,
        @Schema(example = "Fact check: How does ICE cooperate with local law enforcement agencies?") String title,
        @Schema(description = "The day the article's facts were last checked") LocalDate checkedOn,
        @Schema(description = "The article's page on this service's site, as in citations", example = "/articles/000_dc335325e3338c34") String url,
        @Schema(description = "Where the article was first published, when known") String sourceUrl,
        @Schema(description = "The claims the article reviews, with their verdicts") List<ReviewedClaim> claimReviews) {
}
