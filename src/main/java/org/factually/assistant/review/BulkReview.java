package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One decision on many queue items: reject them all with one reason, or mark them off-topic. Each item is decided
 * in its own transaction with the version the queue showed, so an item another editor changed meanwhile is
 * refused alone, with the reason, and the others are decided.
 */
@ApplicationScoped
public class BulkReview {

    public static final String REJECT = "reject";
    public static final String OFF_TOPIC = "off-topic";

    /** How many items were decided, and why the others were not. */
    public record Outcome(String action, int decided, List<String> refused) {
    }

    private static final Pattern ITEM = Pattern.compile("([0-9a-fA-F-]{36}):(\\d{1,9})");

    private final ReviewService reviews;

    public BulkReview(ReviewService reviews) {
        this.reviews = reviews;
    }

    public Outcome decide(List<String> items, String action, String reason, String editor) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.badRequest("items-required", "item: select at least one answer");
        }
        if (!REJECT.equals(action) && !OFF_TOPIC.equals(action)) {
            throw ProblemException.badRequest("invalid-action", "action: reject or off-topic");
        }
        if (REJECT.equals(action) && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason-required", "reason: say why the selected answers are rejected");
        }
        int decided = 0;
        List<String> refused = new ArrayList<>();
        for (String item : items) {
            Matcher m = ITEM.matcher(item == null ? "" : item.strip());
            if (!m.matches()) {
                throw ProblemException.badRequest("invalid-item", "item: an answer id and its review version, as \"id:version\"");
            }
            UUID id = UUID.fromString(m.group(1));
            try {
                if (REJECT.equals(action)) {
                    reviews.reject(id, editor, m.group(2), reason);
                } else {
                    reviews.markOffTopic(id, editor, m.group(2));
                }
                decided++;
            } catch (ProblemException e) {
                refused.add(id + ": " + e.getMessage());
            }
        }
        return new Outcome(action, decided, refused);
    }
}
