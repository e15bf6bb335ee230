package org.factually.assistant.site;

/** A link to an article page, with the date it was checked when known (empty otherwise). */
public record ArticleLink(String title, String url, String checkedOn, String checkedOnIso) {
}
