package org.factually.assistant.site;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.answering.AnswerConfig;
import org.factually.assistant.feedback.FeedbackConfig;
import org.factually.assistant.common.Prompts;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reader page's notices, read once at start-up from {@code prompts/} like the answer texts. */
@Startup
@ApplicationScoped
public class SiteTexts {

    private final List<String> howAnswersAreMade;
    private final Map<AnswerKind, List<String>> howKindIsMade = new EnumMap<>(AnswerKind.class);
    private final Map<AnswerKind, String> kindLabels = new EnumMap<>(AnswerKind.class);
    private final String suggestionsNote;
    private final String invalidQuestion;
    private final String tooManyRequests;
    private final String feedbackThanks;
    private final String feedbackInvalid;
    private final String answerNotFound;
    private final String articleNotFound;
    private final String articleWithdrawn;
    private final String answerRejected;

    public SiteTexts(Prompts.PromptsConfig prompts, AnswerConfig answers, FeedbackConfig feedback) {
        Path dir = prompts.dir();
        this.howAnswersAreMade = paragraphs(Prompts.load(dir, "site-how-answers-are-made.txt"));
        for (AnswerKind kind : AnswerKind.values()) {
            howKindIsMade.put(kind, paragraphs(Prompts.load(dir, "site-how-" + kind.code() + "-answers-are-made.txt")));
            kindLabels.put(kind, Prompts.load(dir, "site-answer-kind-" + kind.code() + ".txt"));
        }
        this.suggestionsNote = Prompts.load(dir, "site-suggestions-note.txt");
        this.invalidQuestion = Prompts.load(dir, "site-invalid-question.txt").replace("{maxLength}", count(answers.maxQuestionLength()));
        this.tooManyRequests = Prompts.load(dir, "site-too-many-requests.txt");
        this.feedbackThanks = Prompts.load(dir, "site-feedback-thanks.txt");
        this.feedbackInvalid = Prompts.load(dir, "site-feedback-invalid.txt")
                .replace("{maxCommentLength}", count(feedback.maxCommentLength()));
        this.answerNotFound = Prompts.load(dir, "site-answer-not-found.txt");
        this.articleNotFound = Prompts.load(dir, "site-article-not-found.txt");
        this.articleWithdrawn = Prompts.load(dir, "site-article-withdrawn.txt");
        this.answerRejected = Prompts.load(dir, "site-answer-rejected.txt");
    }

    /**
     * The note on how answers are made, one entry a paragraph: the one true of the kind of answer shown, or the
     * general one (every kind) when the page shows no answered question.
     */
    public List<String> howAnswersAreMade(AnswerKind kind) {
        return kind == null ? howAnswersAreMade : howKindIsMade.get(kind);
    }

    /** The label above an answer saying what kind it is; {date} is when editors reviewed it. */
    public String kindLabel(AnswerKind kind, String reviewedOn) {
        return kindLabels.get(kind).replace("{date}", reviewedOn);
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

    /** The notice on the page of an article the newsroom withdrew (HTTP 410). */
    public String articleWithdrawn() {
        return articleWithdrawn;
    }

    /** The notice at the permanent link of an answer the editors rejected (HTTP 410). */
    public String answerRejected() {
        return answerRejected;
    }

    /** A count as the page writes it ("1,000"). */
    static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
