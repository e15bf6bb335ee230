package org.factually.assistant.answering;

import org.factually.assistant.articles.ReviewedClaim;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An answer as readers and partners receive it. {@code status} is {@code answered} or {@code unknown};
 * an unknown reply carries the no-answer text, no citations, and articles the reader may find useful.
 * {@code reviewed} is present only when the answer is one the newsroom's editors reviewed; {@code claimReview} only
 * when the question asked about a claim an article reviewed, and the answer gives its verdict.
 */
public record AnswerReply(String id, String question, String status, String answer, List<Citation> citations,
                          List<SuggestedArticle> suggestions, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Reviewed reviewed,
                          @JsonInclude(JsonInclude.Include.NON_NULL) ReviewedClaim claimReview) {

    public static final String ANSWERED = "answered";
    public static final String UNKNOWN = "unknown";

    /**
     * Who stands behind a reviewed answer, what they did, and when: {@code kind} is {@code approved} (the quoted
     * answer, checked and approved by editors) or {@code edited} (a text editors wrote or edited, backed by the
     * citations given with it).
     */
    public record Reviewed(String by, String kind, Instant reviewedAt) {
        public static final String NEWSROOM = "newsroom";
        public static final String APPROVED = "approved";
        public static final String EDITED = "edited";

        /** The kind of a reviewed answer served from a draft in this review state. */
        public static String kindOf(String reviewState) {
            return ReviewStates.CORRECTED.equals(reviewState) ? EDITED : APPROVED;
        }
    }
}
