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
                             String quote, int start, int end, String url, Long passageId, int position, String kind) {

    /** A quoted passage; citations stored before kinds existed are all passages. */
    public static final String PASSAGE = "passage";
    /** The verdict line of an article's ClaimReview metadata: no passage ({@code passageId} null), linking to the article. */
    public static final String CLAIM_REVIEW = "claimReview";

    /** A citation of a stored passage, as an editor's correction makes it. */
    public static StoredCitation of(int ref, Passage passage, Article article) {
        return new StoredCitation(ref, article.id, article.title, passage.section, article.checkedOn, passage.text,
                passage.startOffset, passage.endOffset, ArticleLinks.passage(article.id, passage.position), passage.id, passage.position, PASSAGE);
    }

    /** The verdict line written from an article's ClaimReview metadata, cited as the article itself. */
    public static StoredCitation verdictLine(int ref, String line, Article article) {
        return new StoredCitation(ref, article.id, article.title, null, article.checkedOn, line, 0, 0,
                ArticleLinks.article(article.id), null, 0, CLAIM_REVIEW);
    }

    /** The citation as readers and partners receive it. */
    public Citation toApi() {
        return new Citation(ref, articleId, title, section, checkedOn, quote, start, end, url, passageId, position,
                kind == null ? PASSAGE : kind);
    }
}
