package org.factually.assistant.answering;

import java.util.List;

/** Where a recorded draft stands in the editors' review. */
public final class ReviewStates {

    public static final String NEW = "new";
    public static final String APPROVED = "approved";
    public static final String CORRECTED = "corrected";
    public static final String REJECTED = "rejected";

    public static final List<String> ALL = List.of(NEW, APPROVED, CORRECTED, REJECTED);

    private ReviewStates() {
    }
}
