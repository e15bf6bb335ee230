package org.factually.assistant.feedback;

/**
 * A reader's feedback on an answer: whether it helped and, when it did not, optionally why
 * (one of {@link FeedbackReason}'s codes) and a comment.
 */
public record FeedbackRequest(Boolean helpful, String reason, String comment) {
}
