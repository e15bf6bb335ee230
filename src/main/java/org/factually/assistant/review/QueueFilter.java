package org.factually.assistant.review;

import org.factually.assistant.common.Texts;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.answering.ReviewStates;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.feedback.FeedbackReason;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the editor asked the queue for: a review state, an outcome, reader feedback, a reason readers gave, a text
 * search, only the drafts assigned to (or claimed by) the editor looking; each optional; and an order (newest first, most disliked first, latest feedback first; with a feedback
 * filter, most disliked is the default). {@code page} counts from 1.
 */
public record QueueFilter(String state, String outcome, String feedback, String reason, String search, String assignedTo,
                          Order order, int page) {

    /** The value of {@code assigned} that keeps the drafts assigned to the editor looking at the queue. */
    public static final String ME = "me";

    public static final String NEGATIVE = "negative";
    public static final String POSITIVE = "positive";
    public static final String ANY = "any";
    static final List<String> FEEDBACK = List.of(NEGATIVE, POSITIVE, ANY);
    static final List<String> OUTCOMES = List.of(AnswerReply.ANSWERED, AnswerReply.UNKNOWN);
    /** The reasons a reader may give. */
    static final List<String> REASONS = Arrays.stream(FeedbackReason.values()).map(FeedbackReason::code).toList();

    /** The queue's orders, by their parameter value. */
    public enum Order {
        NEWEST("newest", "newest first"), DISLIKED("disliked", "most disliked first"),
        RECENT_FEEDBACK("recent-feedback", "latest feedback first");

        private final String code;
        private final String label;

        Order(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static Order of(String code) {
            for (Order o : values()) {
                if (o.code.equals(code)) {
                    return o;
                }
            }
            throw ProblemException.badRequest("invalid-filter", "sort: one of newest, disliked, recent-feedback");
        }
    }

    /** The whole queue, newest first. */
    public static QueueFilter all(int maxSearchLength) {
        return of(null, null, null, null, null, null, null, null, null, maxSearchLength);
    }

    /** {@code assigned} = {@link #ME} keeps the drafts {@code editor} holds. */
    public static QueueFilter of(String state, String outcome, String feedback, String reason, String search, String assigned,
                                 String editor, String sort, Integer page, int maxSearchLength) {
        String s = Texts.blankToNull(state);
        String o = Texts.blankToNull(outcome);
        String f = Texts.blankToNull(feedback);
        String r = Texts.blankToNull(reason);
        String q = Texts.blankToNull(search);
        String by = Texts.blankToNull(sort);
        String mine = Texts.blankToNull(assigned);
        if (mine != null && !ME.equals(mine)) {
            throw ProblemException.badRequest("invalid-filter", "assigned: " + ME + ", or nothing for every answer");
        }
        if (s != null && !ReviewStates.ALL.contains(s)) {
            throw ProblemException.badRequest("invalid-filter", "state: one of " + String.join(", ", ReviewStates.ALL));
        }
        if (o != null && !OUTCOMES.contains(o)) {
            throw ProblemException.badRequest("invalid-filter", "outcome: one of " + String.join(", ", OUTCOMES));
        }
        if (f != null && !FEEDBACK.contains(f)) {
            throw ProblemException.badRequest("invalid-filter", "feedback: one of " + String.join(", ", FEEDBACK));
        }
        if (r != null && !REASONS.contains(r)) {
            throw ProblemException.badRequest("invalid-filter", "reason: one of " + String.join(", ", REASONS));
        }
        if (q != null && q.length() > maxSearchLength) {
            throw ProblemException.badRequest("invalid-filter", "q: at most " + maxSearchLength + " characters");
        }
        if (page != null && page < 1) {
            throw ProblemException.badRequest("invalid-filter", "page: 1 or more");
        }
        Order order = by != null ? Order.of(by) : f != null || r != null ? Order.DISLIKED : Order.NEWEST;
        return new QueueFilter(s, o, f, r, q, mine == null ? null : editor, order, page == null ? 1 : page);
    }

    /** Whether the queue reads the feedback table: to filter by a verdict or reason, or to order by feedback. */
    boolean byFeedback() {
        return feedback != null || reason != null || order != Order.NEWEST;
    }

    /** Whether the filter keeps answers by their review state only, or keeps them all. */
    boolean byStateOnly() {
        return outcome == null && feedback == null && reason == null && search == null && assignedTo == null;
    }

    /** The query string of this filter on another page, for links. */
    public String query(int otherPage) {
        StringBuilder sb = new StringBuilder();
        append(sb, "state", state);
        append(sb, "outcome", outcome);
        append(sb, "feedback", feedback);
        append(sb, "reason", reason);
        append(sb, "q", search);
        append(sb, "assigned", assignedTo == null ? null : ME);
        append(sb, "sort", order == Order.NEWEST ? null : order.code());
        append(sb, "page", String.valueOf(otherPage));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(sb.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
