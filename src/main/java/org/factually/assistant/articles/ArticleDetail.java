package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An article with its passages as the service cites them, for partners who build their own display. */
@Schema(description = "A fact-check article with the passages answers cite.")
public record ArticleDetail(
        String id,
        String title,
        @Schema(description = "The reader question the article answers, when it names one") String question,
        LocalDate checkedOn,
        @Schema(description = "The article's page on this service's site; citations link into it") String url,
        @Schema(description = "Where the article was first published, when known") String sourceUrl,
        String summary,
        @Schema(description = "The article as one text; passage offsets point into it") String body,
        List<PassageView> passages,
        @Schema(description = "Follow-up questions the article suggests (questions, not facts)") List<String> relatedQuestions,
        @Schema(description = "The claims the article reviews, with their verdicts") List<ReviewedClaim> claimReviews) {

    /** A passage: what a citation's passageId and position point at. */
    @Schema(name = "ArticlePassage")
    public record PassageView(long id, int position,
                              @Schema(description = "Anchor of the passage on the article page", example = "p3") String anchor,
                              @Schema(enumeration = {"TITLE", "SUMMARY", "SECTION"}) String kind,
                              String section, String text,
                              @Schema(description = "Offset of the passage in body") int start,
                              @Schema(description = "End offset (exclusive) of the passage in body") int end) {
    }
}
