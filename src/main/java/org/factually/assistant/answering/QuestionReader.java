package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Texts;
import org.factually.assistant.embedding.EmbeddingService;
import org.factually.assistant.retrieval.Synonyms;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first step of a question's walk: refuses what is no question, and understands the rest. */
@ApplicationScoped
public class QuestionReader {

    // A word cut short with a full stop, before more of the question: "which city in Mass. voted ...".
    private static final Pattern CUT_SHORT = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{L}{2,}\\.(?=\\s+\\p{L})");

    private final EmbeddingService embeddings;
    private final AnswerConfig config;
    private final TermAnalyzer analyzer;
    private final Synonyms synonyms;

    public QuestionReader(EmbeddingService embeddings, AnswerConfig config, TermAnalyzer analyzer, Synonyms synonyms) {
        this.embeddings = embeddings;
        this.config = config;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
    }

    /** Refuses what is no question (a 400 problem); the normalised form, under which two askings are one. */
    public String check(String question) {
        validate(question);
        return QuestionText.normalize(question);
    }

    /** A question {@link #check} accepted, understood: with its embedding and the kind of fact it asks for. */
    public Question read(String question) {
        QuestionText.Parts told = QuestionText.parts(placesSpelledOut(question));
        // "I heard a city in Massachusetts said no to a 287(g) deal. Which one?" asks about what was told before it.
        QuestionText.Parts parts = analyzer.contentWords(told.question(), 0).isEmpty() ? new QuestionText.Parts(told.whole(), "") : told;
        long started = System.nanoTime();
        // One embedding serves both the reviewed-answer lookup and retrieval, and is kept with the record.
        float[] vector = embeddings.embedQuestion(parts.whole());
        long embeddingMicros = (System.nanoTime() - started) / 1000;
        return new Question(question, parts.question(), parts.context(), QuestionText.normalize(question), vector,
                AnswerType.of(parts.question()), embeddingMicros);
    }

    /**
     * The question with the abbreviations of places WordNet knows spelled out ("Mass." → Massachusetts, "Calif." →
     * California): the articles write the name, and without its full stop "Mass" is a lump of matter.
     */
    private String placesSpelledOut(String question) {
        Matcher m = CUT_SHORT.matcher(question);
        return m.replaceAll(r -> Matcher.quoteReplacement(synonyms.placeAbbreviated(r.group()).orElse(r.group())));
    }

    private void validate(String question) {
        if (question == null || question.isBlank()) {
            throw ProblemException.badRequest("invalid-question", "question: must be a non-empty string");
        }
        if (question.length() > config.maxQuestionLength()) {
            throw ProblemException.badRequest("question-too-long",
                    "question: must be at most " + config.maxQuestionLength() + " characters, got " + question.length());
        }
        if (Texts.hasControlCharacters(question)) {
            throw ProblemException.badRequest("invalid-question", "question: must not contain control characters");
        }
        if (QuestionText.clean(question).isEmpty()) {
            throw ProblemException.badRequest("invalid-question", "question: has no text once markup is removed");
        }
    }
}
