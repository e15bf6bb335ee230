package org.factually.assistant.review;

import java.time.Instant;
import java.util.UUID;

/** One answer in the review queue, with the readers' feedback on it and on the answers served from it. */
public record QueueRow(UUID id, String question, String outcome, String state, boolean published, String answerExcerpt,
                       Instant createdAt, String reviewedBy, String staleReason, ReaderVerdicts.Summary feedback) {
}
