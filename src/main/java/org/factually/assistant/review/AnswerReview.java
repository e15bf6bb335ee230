package org.factually.assistant.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything an editor needs to judge one recorded answer: the question, the draft as given, each citation with
 * its passage in context, the retrieval scores and the passages retrieval found, the published version if any,
 * and the audit trail.
 */
public record AnswerReview(UUID id, String question, String outcome, String answer, Instant createdAt,
                           String state, boolean published, String reviewedBy, Instant reviewedAt,
                           String reviewedAnswer, String rejectReason, String staleReason, UUID servedFrom,
                           List<CitedPassage> citations, List<CitedPassage> reviewedCitations,
                           List<Fact> decision, List<Candidate> candidates, List<AuditEntry> audit) {

    /** A cited passage, with the passages before and after it in its article; {@code current} is false once it is gone. */
    public record CitedPassage(int ref, long passageId, String articleId, String title, String section, String quote,
                               boolean current, String before, String after) {
    }

    /** One figure of the decision's summary, named as the scores name it. */
    public record Fact(String name, String value) {
    }

    /** A passage retrieval found for the question, with its scores; {@code text} is null once it is gone. */
    public record Candidate(long passageId, String articleId, String title, int position, double similarity,
                            Integer vectorRank, Integer textRank, double fused, String text) {
    }

    public record AuditEntry(String actor, String action, String reason, Instant at, String before, String after) {
    }

    /** The passage ids of the published citations (or the draft's), as the correction form lists them. */
    public String passageIds() {
        List<CitedPassage> source = reviewedCitations.isEmpty() ? citations : reviewedCitations;
        return String.join(", ", source.stream().map(c -> String.valueOf(c.passageId())).toList());
    }

    /** The text the correction form starts from: the published one, else the draft (unless the draft says "I don't know"). */
    public String correctionText() {
        if (reviewedAnswer != null) {
            return reviewedAnswer;
        }
        return citations.isEmpty() ? "" : answer;
    }
}
