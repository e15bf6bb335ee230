package org.factually.assistant.answering;

/** An article near a question the service could not answer: offered to read, never as an answer. */
public record SuggestedArticle(String articleId, String title, String url) {
}
