package org.factually.assistant.review;

import org.factually.assistant.answering.ReviewStates;

import java.util.List;
import java.util.Map;

/** A page of the review queue: how many answers match, on how many pages, and how many drafts are in each review state. */
public record QueuePage(QueueFilter filter, List<QueueRow> rows, long total, int pages, Map<String, Long> stateCounts) {

    public boolean hasNext() {
        return filter.page() < pages;
    }

    public List<String> reasons() {
        return QueueFilter.REASONS;
    }

    public List<QueueFilter.Order> orders() {
        return List.of(QueueFilter.Order.values());
    }

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
