package org.factually.assistant.review;

import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.common.Moments;
import org.factually.assistant.common.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision sent from a page that showed an older version of the review: nothing is changed, and the detail
 * says who changed what since, so the editor can read the answer again before deciding.
 */
public class ReviewConflict extends ProblemException {

    public static final int STATUS = 409;

    private ReviewConflict(String detail) {
        super(STATUS, "review-conflict", "Changed by someone else", detail);
    }

    /** An assignment sent from a page that showed another holder of the draft (or none) than it has now. */
    static ReviewConflict heldSince(AnswerRecord now, String seenHolder, Moments moments) {
        String was = seenHolder == null ? "nobody held it" : "it was held by " + seenHolder;
        String is = now.claimedBy == null ? "nobody holds it now"
                : "now " + now.claimedBy + " holds it, since " + moments.of(now.claimedAt)
                + (now.assignedBy == null ? "" : " (assigned by " + now.assignedBy + ")");
        return new ReviewConflict("This answer's assignment changed after your page showed it: " + was + ", " + is
                + ". Nothing was changed by your action: read it again and decide.");
    }

    static ReviewConflict since(AnswerRecord now, int seenVersion, List<ReviewAudit> changes, Moments moments) {
        String what = changes.stream()
                .map(c -> c.actor + " " + AnswerReview.AuditEntry.done(c.action) + " on " + moments.of(c.createdAt) + (c.reason == null ? "" : " (" + c.reason + ")"))
                .collect(Collectors.joining("; "));
        return new ReviewConflict("This answer changed after your page showed it (version " + seenVersion + ", now "
                + now.reviewVersion + "): " + (what.isEmpty() ? "its review changed" : what) + ". It is now " + now.reviewState
                + (now.published ? " and published" : "") + ". Nothing was changed by your action: read it again and decide.");
    }
}
