package org.factually.assistant.answering;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.Passage;

import java.time.LocalDate;

/**
 * A citation as it is stored with a recorded answer (JSONB): what the answer cited when it was given. Kept apart
 * from the API's {@link Citation}, so that the API's shape can change without rewriting stored answers;
 * {@code articleId} is what stale-answer detection searches for.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredCitation(int ref, String articleId, String title, String section, LocalDate checkedOn,
                             String quote, int start, int end, String url, long passageId, int position) {

    /** A citation of a stored passage, as an editor's correction makes it. */
    public static StoredCitation of(int ref, Passage passage, Article article) {
        return new StoredCitation(ref, article.id, article.title, passage.section, article.checkedOn, passage.text,
                passage.startOffset, passage.endOffset, ArticleLinks.passage(article.id, passage.position), passage.id, passage.position);
    }

    /** The citation as readers and partners receive it. */
    public Citation toApi() {
        return new Citation(ref, articleId, title, section, checkedOn, quote, start, end, url, passageId, position);
    }
}
