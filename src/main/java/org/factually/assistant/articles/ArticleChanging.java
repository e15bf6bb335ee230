package org.factually.assistant.articles;

/**
 * Fired, synchronously and inside the writing transaction, just before a stored article's passages are
 * replaced or deleted: whatever cites them can react in the same transaction.
 */
public record ArticleChanging(String articleId, String title, Change change) {

    public enum Change { REPLACED, WITHDRAWN }
}
