package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Texts;
import org.factually.assistant.embedding.EmbeddingService;

/** The first step of a question's walk: refuses what is no question, and understands the rest. */
@ApplicationScoped
public class QuestionReader {

    private final EmbeddingService embeddings;
    private final AnswerConfig config;

    public QuestionReader(EmbeddingService embeddings, AnswerConfig config) {
        this.embeddings = embeddings;
        this.config = config;
    }

    /** Refuses what is no question (a 400 problem); the normalised form, under which two askings are one. */
    public String check(String question) {
        validate(question);
        return QuestionText.normalize(question);
    }

    /** A question {@link #check} accepted, understood: with its embedding and the kind of fact it asks for. */
    public Question read(String question) {
        QuestionText.Parts parts = QuestionText.parts(question);
        long started = System.nanoTime();
        // One embedding serves both the reviewed-answer lookup and retrieval, and is kept with the record.
        float[] vector = embeddings.embedQuestion(parts.whole());
        long embeddingMicros = (System.nanoTime() - started) / 1000;
        return new Question(question, parts.question(), parts.context(), QuestionText.normalize(question), vector,
                AnswerType.of(parts.question()), embeddingMicros);
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
