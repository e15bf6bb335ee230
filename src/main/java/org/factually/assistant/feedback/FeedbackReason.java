package org.factually.assistant.feedback;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why a reader found an answer unhelpful: the fixed list the page offers (and the table's CHECK allows). */
public enum FeedbackReason {
    WRONG("wrong"),
    NOT_WHAT_I_ASKED("not-what-i-asked"),
    OUTDATED("outdated"),
    OTHER("other");

    private final String code;

    FeedbackReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FeedbackReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(FeedbackReason::code).collect(Collectors.joining(", "));
    }
}
