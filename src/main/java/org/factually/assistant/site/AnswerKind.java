package org.factually.assistant.site;

import org.factually.assistant.answering.AnswerReply;

import java.util.Locale;

/** What kind of answer a reader is reading, so that the page labels it and explains it truthfully. */
public enum AnswerKind {
    /** Sentences quoted by the answering service, not reviewed by an editor. */
    QUOTED,
    /** The service's quoted answer, reviewed and approved by editors. */
    APPROVED,
    /** A text editors wrote or edited, backed by its citations. */
    EDITED;

    /** The kind of an answered reply; an unanswered one has none. */
    static AnswerKind of(AnswerReply reply) {
        if (!AnswerReply.ANSWERED.equals(reply.status())) {
            return null;
        }
        if (reply.reviewed() == null) {
            return QUOTED;
        }
        return AnswerReply.Reviewed.EDITED.equals(reply.reviewed().kind()) ? EDITED : APPROVED;
    }

    /** The name in CSS classes and prompt file names. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
