package org.factually.assistant.answering;

import org.factually.assistant.articles.ReviewedClaim;

import java.util.List;

/**
 * An answer's text, each sentence followed by the {@code [ref]} of its citation, and those citations; and the claim
 * review whose verdict it gives, if it gives one (null otherwise).
 */
public record ComposedAnswer(String text, List<StoredCitation> citations, ReviewedClaim claimReview) {
}
