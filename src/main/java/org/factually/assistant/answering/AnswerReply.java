package org.factually.assistant.answering;

import java.time.Instant;
import java.util.List;

/**
 * An answer as readers and partners receive it. {@code status} is {@code answered} or {@code unknown};
 * an unknown reply carries the no-answer text, no citations, and articles the reader may find useful.
 */
public record AnswerReply(String id, String question, String status, String answer, List<Citation> citations,
                          List<SuggestedArticle> suggestions, Instant createdAt) {

    public static final String ANSWERED = "answered";
    public static final String UNKNOWN = "unknown";
}
