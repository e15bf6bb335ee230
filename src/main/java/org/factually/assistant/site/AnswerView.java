package org.factually.assistant.site;

import java.util.List;

/**
 * A recorded answer as the page shows it. An answered question has {@code parts} (the quoted sentences and
 * their citation markers) and {@code sources}; an unanswered one has the no-answer {@code text} and
 * {@code suggestions}, articles offered to read, never as an answer. An answered question has a {@code kind}
 * (quoted, approved, edited) and its label, with the date of the editors' review when there was one.
 */
public record AnswerView(String id, String permalink, String question, boolean answered, List<Part> parts, String text,
                         List<SourceView> sources, List<ArticleLink> suggestions, String askedOn, String askedOnIso,
                         AnswerKind kind, String kindLabel, ArticleView.Verdict verdict) {

    /** A stretch of answer text, or (when {@code ref} is positive) the marker of the source it is quoted from. */
    public record Part(String text, int ref) {
        public boolean marker() {
            return ref > 0;
        }
    }

    /** A cited passage with everything a reader needs to check it. */
    public record SourceView(int ref, String anchor, String articleTitle, String articleUrl, String section,
                             String checkedOn, String checkedOnIso, String quote, String passageUrl) {
    }
}
