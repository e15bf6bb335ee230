package org.factually.assistant.articles;

/** A passage of an article with the id editors cite it by in a correction. */
public record ArticlePassage(long id, int position, String kind, String section, String text) {
}
