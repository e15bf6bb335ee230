package org.factually.assistant.site;

/** Confirms stored feedback, with the thanks the page shows in place of the form. */
public record FeedbackReceipt(long id, String answerId, String message) {
}
