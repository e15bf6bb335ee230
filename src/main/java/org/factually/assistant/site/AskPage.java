package org.factually.assistant.site;

import java.util.List;

/**
 * Everything the ask page shows: the question box, the answer below it when there is one, the note on how
 * answers are made and the latest fact checks. The answer page is the same page with its recorded answer.
 */
public record AskPage(String question, String error, int maxLength, String maxLengthText, AnswerView answer,
                      FeedbackForm feedback, List<String> howAnswersAreMade, String suggestionsNote, List<ArticleLink> latest) {

    public boolean hasAnswer() {
        return answer != null;
    }

    public boolean hasError() {
        return error != null;
    }

    /**
     * An unanswered question with no article near it: the latest fact checks stand in the answer itself,
     * where the no-answer text invites the reader to browse them.
     */
    public boolean browseLatestInAnswer() {
        return answer != null && !answer.answered() && answer.suggestions().isEmpty() && !latest.isEmpty();
    }

    /** Where the latest fact checks stand: under the question box on the empty page, beside an answer otherwise. */
    public boolean latestInMainColumn() {
        return answer == null && !latest.isEmpty();
    }

    public boolean latestInSidebar() {
        return answer != null && !latest.isEmpty() && !browseLatestInAnswer();
    }

    /** Characters of the question already typed, shown by the length counter before any script runs. */
    public int questionLength() {
        return question == null ? 0 : question.length();
    }

    /** The feedback part under an answer: its form, or the thanks once the reader sent it. */
    public record FeedbackForm(boolean sent, String thanks, int maxCommentLength) {
    }
}
