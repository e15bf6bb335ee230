package org.factually.assistant.answering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * What an answer cites as {@code [ref]}. Of kind {@code passage}: the exact passage text, its character range in the
 * article text, and the link to it on the article page. Of kind {@code claimReview}: the verdict line made from an
 * article's ClaimReview metadata, linking to the article; it is no passage, so {@code passageId} is null and the
 * range is empty.
 */
public record Citation(int ref, String articleId, String title, String section, LocalDate checkedOn,
                       String quote, int start, int end, String url, Long passageId, int position,
                       @Schema(enumeration = {StoredCitation.PASSAGE, StoredCitation.CLAIM_REVIEW}) String kind) {
}
