package org.factually.assistant.articles.admin;

/** The result of an upload: the article's id, {@code added}, {@code updated} or {@code unchanged}, and its passages. */
public record ArticleUpload(String articleId, String outcome, int passages) {
}
