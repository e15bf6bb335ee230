package org.factually.assistant.review;

import java.time.Instant;
import java.util.UUID;

/** One answer in the review queue; the feedback counts are null unless the queue was filtered by feedback. */
public record QueueRow(UUID id, String question, String outcome, String state, boolean published, String answerExcerpt,
                       Instant createdAt, String reviewedBy, String staleReason, Long negative, Long positive) {
}
