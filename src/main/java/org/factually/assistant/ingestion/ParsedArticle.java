package org.factually.assistant.ingestion;

import org.factually.assistant.articles.ClaimDraft;

import java.time.LocalDate;
import java.util.List;

/** An article as read from the site's export, before it is cut into passages. */
public record ParsedArticle(String id, String title, String question, LocalDate checkedOn, String url,
                            String summary, List<Section> sections, List<String> related, List<ClaimDraft> claims) {

    /** The same article with the claims read from its text, for an article whose metadata reviews none. */
    public ParsedArticle withClaims(List<ClaimDraft> found) {
        return new ParsedArticle(id, title, question, checkedOn, url, summary, sections, related, List.copyOf(found));
    }

    /** A section of the article; {@code heading} is null for text that stands before any heading. */
    public record Section(String heading, String text) {
    }
}
