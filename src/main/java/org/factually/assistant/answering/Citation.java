package org.factually.assistant.answering;

import org.factually.assistant.ingestion.Article;
import org.factually.assistant.ingestion.Passage;

import java.time.LocalDate;

/**
 * What an answer cites as {@code [ref]}. Of kind {@code passage} (null in answers recorded before kinds): the exact
 * passage text, its character range in the article text, and the link to it on the article page. Of kind
 * {@code claimReview}: the verdict line made from an article's ClaimReview metadata, linking to the article;
 * it is no passage, so {@code passageId} is null and the range is empty.
 */
public record Citation(int ref, String articleId, String title, String section, LocalDate checkedOn,
                       String quote, int start, int end, String url, Long passageId, int position, String kind) {

    public static final String PASSAGE = "passage";
    public static final String CLAIM_REVIEW = "claimReview";

    /** A citation of a stored passage, as an editor's correction makes it. */
    public static Citation of(int ref, Passage passage, Article article) {
        return new Citation(ref, article.id, article.title, passage.section, article.checkedOn, passage.text,
                passage.startOffset, passage.endOffset, AnswerService.articleUrl(article.id) + "#" + Passage.anchor(passage.position),
                passage.id, passage.position, PASSAGE);
    }
}
