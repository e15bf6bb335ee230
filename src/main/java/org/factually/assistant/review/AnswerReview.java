package org.factually.assistant.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything an editor needs to judge one recorded answer: the question, the draft as given, each citation with
 * its passage in context, the retrieval scores and the passages retrieval found, the published version if any,
 * and the audit trail.
 */
public record AnswerReview(UUID id, String question, String outcome, String answer, Instant createdAt,
                           String state, int version, String claimedBy, Instant claimedAt, String assignedBy, boolean published,
                           String reviewedBy, Instant reviewedAt,
                           String reviewedAnswer, String rejectReason, String staleReason, UUID servedFrom, UUID repeats,
                           List<CitedPassage> citations, List<CitedPassage> reviewedCitations,
                           List<Fact> decision, List<Candidate> candidates, List<AuditEntry> audit) {

    /** A cited passage, with the passages before and after it in its article; {@code current} is false once it is gone. */
    public record CitedPassage(int ref, Long passageId, String articleId, String title, String section, String quote,
                               boolean current, String before, String after) {
    }

    /** One figure of the decision's summary, named as the scores name it. */
    public record Fact(String name, String value) {
    }

    /** A passage retrieval found for the question, with its scores; {@code text} is null once it is gone. */
    public record Candidate(long passageId, String articleId, String title, int position, double similarity,
                            Integer vectorRank, Integer textRank, double fused, String text) {
    }

    /** One step of the audit trail: who did what, when, which review fields it changed from what to what. */
    public record AuditEntry(String actor, String action, String reason, Instant at, List<Change> changes, String before, String after) {

        // The snapshot fields (ReviewService.snapshot) as editors call them.
        private static final Map<String, String> FIELDS = Map.of("reviewState", "review", "published", "published",
                "answer", "published text", "passageIds", "cited passages", "reviewedBy", "decided by",
                "rejectReason", "rejection reason", "staleReason", "reason for returning to the queue",
                "claimedBy", "assigned to");

        /** The fields that differ between two snapshots, in the snapshot's order. */
        static List<Change> changes(Map<String, Object> before, Map<String, Object> after) {
            return after.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                    .map(k -> new Change(FIELDS.getOrDefault(k, k), text(before.get(k)), text(after.get(k)))).toList();
        }

        private static String text(Object value) {
            return value == null ? "none" : value instanceof Boolean b ? (b ? "yes" : "no") : value.toString();
        }

        /** What the actor did, in words: "approved it". */
        public String done() {
            return done(action);
        }

        static String done(String action) {
            return switch (action) {
                case ReviewService.APPROVE -> "approved it";
                case ReviewService.CORRECT -> "corrected it";
                case ReviewService.REJECT -> "rejected it";
                case ReviewService.FEEDBACK -> "sent it back to the queue after a reader's feedback";
                case ReviewService.STALE -> "sent it back to the queue";
                case ReviewService.ASSIGN -> "assigned it";
                case ReviewService.UNASSIGN -> "unassigned it";
                default -> action;
            };
        }
    }

    public record Change(String field, String from, String to) {
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
