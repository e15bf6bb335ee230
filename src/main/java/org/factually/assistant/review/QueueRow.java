package org.factually.assistant.review;

import java.time.Instant;
import java.util.UUID;

/**
 * One answer in the review queue, with its review version (bulk actions name it, as a review page does), who holds
 * it ({@code assignedBy} when someone else assigned it to them) and the readers' feedback on it and on the answers
 * served from it.
 */
public record QueueRow(UUID id, String question, String outcome, String state, boolean published, String answerExcerpt,
                       Instant createdAt, String reviewedBy, String staleReason, int version, String claimedBy, String assignedBy,
                       ReaderVerdicts.Summary feedback) {
}
