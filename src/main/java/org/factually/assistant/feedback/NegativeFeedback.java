package org.factually.assistant.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A reader found an answer served from a published reviewed answer unhelpful. Fired synchronously inside the
 * transaction that stores the feedback, so the review side sends that published answer back for review in the
 * same transaction.
 *
 * @param publishedAnswerId the reviewed answer the rated answer was served from
 * @param reason            the reader's reason code, if given
 * @param comment           the reader's comment, if given
 */
public record NegativeFeedback(UUID publishedAnswerId, String reason, String comment, Instant at) {
}
