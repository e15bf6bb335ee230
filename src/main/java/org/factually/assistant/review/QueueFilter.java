package org.factually.assistant.review;

import org.factually.assistant.common.Texts;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.answering.ReviewStates;
import org.factually.assistant.common.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the editor asked the queue for: a review state, an outcome, reader feedback (answers with negative
 * verdicts first), a text search; each optional. {@code page} counts from 1.
 */
public record QueueFilter(String state, String outcome, String feedback, String search, int page) {

    public static final String NEGATIVE = "negative";
    public static final String POSITIVE = "positive";
    public static final String ANY = "any";
    static final List<String> FEEDBACK = List.of(NEGATIVE, POSITIVE, ANY);
    static final List<String> OUTCOMES = List.of(AnswerReply.ANSWERED, AnswerReply.UNKNOWN);

    public static QueueFilter of(String state, String outcome, String feedback, String search, Integer page, int maxSearchLength) {
        String s = Texts.blankToNull(state);
        String o = Texts.blankToNull(outcome);
        String f = Texts.blankToNull(feedback);
        String q = Texts.blankToNull(search);
        if (s != null && !ReviewStates.ALL.contains(s)) {
            throw ProblemException.badRequest("invalid-filter", "state: one of " + String.join(", ", ReviewStates.ALL));
        }
        if (o != null && !OUTCOMES.contains(o)) {
            throw ProblemException.badRequest("invalid-filter", "outcome: one of " + String.join(", ", OUTCOMES));
        }
        if (f != null && !FEEDBACK.contains(f)) {
            throw ProblemException.badRequest("invalid-filter", "feedback: one of " + String.join(", ", FEEDBACK));
        }
        if (q != null && q.length() > maxSearchLength) {
            throw ProblemException.badRequest("invalid-filter", "q: at most " + maxSearchLength + " characters");
        }
        if (page != null && page < 1) {
            throw ProblemException.badRequest("invalid-filter", "page: 1 or more");
        }
        return new QueueFilter(s, o, f, q, page == null ? 1 : page);
    }

    /** The query string of this filter on another page, for links. */
    public String query(int otherPage) {
        StringBuilder sb = new StringBuilder();
        append(sb, "state", state);
        append(sb, "outcome", outcome);
        append(sb, "feedback", feedback);
        append(sb, "q", search);
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
