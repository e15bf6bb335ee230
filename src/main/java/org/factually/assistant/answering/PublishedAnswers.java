package org.factually.assistant.answering;

import java.util.Optional;
import java.util.UUID;

/**
 * What the newsroom has decided about a question, as the answer walk needs to know it. The review package
 * implements it; answering owns it, so that answering never depends on review.
 */
public interface PublishedAnswers {

    /** A published reviewed answer and how close its question is to the one asked (1 for the same normalised text). */
    record Match(AnswerRecord reviewed, double similarity) {
    }

    /** The published reviewed answer for this question, if the newsroom has reviewed it. */
    Optional<Match> published(Question question);

    /** The rejected draft that said exactly this to the same question, if an editor rejected one. */
    Optional<UUID> rejected(Question question, String answer);

    /** The rejected draft that said what this recorded answer says to the same question: the answer itself, if rejected. */
    Optional<UUID> rejected(AnswerRecord recorded);
}
