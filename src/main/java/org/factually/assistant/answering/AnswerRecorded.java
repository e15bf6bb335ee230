package org.factually.assistant.answering;

import java.util.UUID;

/**
 * Fired synchronously inside the transaction that records an answer, so that what observers count with it
 * (a partner's usage) commits with the answer, in the same round trips.
 */
public record AnswerRecorded(UUID answerId, String status) {

    public boolean unknown() {
        return AnswerReply.UNKNOWN.equals(status);
    }
}
