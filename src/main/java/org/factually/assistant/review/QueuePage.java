package org.factually.assistant.review;

import org.factually.assistant.answering.ReviewStates;

import java.util.List;
import java.util.Map;

/** A page of the review queue, with how many drafts are in each review state. */
public record QueuePage(QueueFilter filter, List<QueueRow> rows, boolean hasNext, Map<String, Long> stateCounts) {

    public List<String> states() {
        return ReviewStates.ALL;
    }

    public List<String> outcomes() {
        return QueueFilter.OUTCOMES;
    }

    public String previousQuery() {
        return filter.query(filter.page() - 1);
    }

    public String nextQuery() {
        return filter.query(filter.page() + 1);
    }

    public boolean hasPrevious() {
        return filter.page() > 1;
    }
}
