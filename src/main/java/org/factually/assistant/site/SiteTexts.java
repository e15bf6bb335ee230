package org.factually.assistant.site;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.answering.AnswerConfig;
import org.factually.assistant.feedback.FeedbackConfig;
import org.factually.assistant.common.Prompts;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The reader page's notices, read once at start-up from {@code prompts/} like the answer texts. */
@Startup
@ApplicationScoped
public class SiteTexts {

    private final List<String> howAnswersAreMade;
    private final String suggestionsNote;
    private final String invalidQuestion;
    private final String tooManyRequests;
    private final String feedbackThanks;
    private final String feedbackInvalid;
    private final String answerNotFound;
    private final String articleNotFound;

    public SiteTexts(Prompts.PromptsConfig prompts, AnswerConfig answers, FeedbackConfig feedback) {
        Path dir = prompts.dir();
        this.howAnswersAreMade = paragraphs(Prompts.load(dir, "site-how-answers-are-made.txt"));
        this.suggestionsNote = Prompts.load(dir, "site-suggestions-note.txt");
        this.invalidQuestion = Prompts.load(dir, "site-invalid-question.txt").replace("{maxLength}", count(answers.maxQuestionLength()));
        this.tooManyRequests = Prompts.load(dir, "site-too-many-requests.txt");
        this.feedbackThanks = Prompts.load(dir, "site-feedback-thanks.txt");
        this.feedbackInvalid = Prompts.load(dir, "site-feedback-invalid.txt")
                .replace("{maxCommentLength}", count(feedback.maxCommentLength()));
        this.answerNotFound = Prompts.load(dir, "site-answer-not-found.txt");
        this.articleNotFound = Prompts.load(dir, "site-article-not-found.txt");
    }

    /** The note beside every answer on how answers are made, one entry a paragraph. */
    public List<String> howAnswersAreMade() {
        return howAnswersAreMade;
    }

    /** Said above the articles offered with an "I don't know", so that nobody takes them for an answer. */
    public String suggestionsNote() {
        return suggestionsNote;
    }

    /** Shown at the question box when the service cannot take the question as typed. */
    public String invalidQuestion() {
        return invalidQuestion;
    }

    /** The friendly reply to a client that asked too much too quickly. */
    public String tooManyRequests() {
        return tooManyRequests;
    }

    public String feedbackThanks() {
        return feedbackThanks;
    }

    /** Shown when a feedback form comes back in a shape the page never sends. */
    public String feedbackInvalid() {
        return feedbackInvalid;
    }

    public String answerNotFound() {
        return answerNotFound;
    }

    public String articleNotFound() {
        return articleNotFound;
    }

    /** A count as the page writes it ("1,000"). */
    static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
