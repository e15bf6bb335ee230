package org.factually.assistant.review;

import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.ProblemException;

/** A correction the service cannot publish, with the form field the reason belongs to, so the page shows it there. */
public class CorrectionRefused extends ProblemException {

    public static final String TEXT = "text";
    public static final String PASSAGES = "passages";

    private final String field;

    CorrectionRefused(String field, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-correction", "Correction refused", detail);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Why, as the page shows it next to the field. */
    public String reason() {
        return getMessage();
    }
}
