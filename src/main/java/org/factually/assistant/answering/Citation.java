package org.factually.assistant.answering;

import org.factually.assistant.ingestion.Article;
import org.factually.assistant.ingestion.Passage;

import java.time.LocalDate;

/**
 * A passage an answer cites as {@code [ref]}: the exact passage text, its character range in the article
 * text, and the link to it on the article page.
 */
public record Citation(int ref, String articleId, String title, String section, LocalDate checkedOn,
                       String quote, int start, int end, String url, long passageId, int position) {

    /** A citation of a stored passage, as an editor's correction makes it. */
    public static Citation of(int ref, Passage passage, Article article) {
        return new Citation(ref, article.id, article.title, passage.section, article.checkedOn, passage.text,
                passage.startOffset, passage.endOffset, AnswerService.articleUrl(article.id) + "#" + Passage.anchor(passage.position),
                passage.id, passage.position);
    }
}
