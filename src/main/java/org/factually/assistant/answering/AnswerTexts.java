package org.factually.assistant.answering;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.Prompts;

/** The fixed texts of answers, read once at start-up from {@code prompts/}. */
@Startup
@ApplicationScoped
public class AnswerTexts {

    private final String noAnswer;
    private final String withdrawn;

    public AnswerTexts(Prompts.PromptsConfig config) {
        this.noAnswer = Prompts.load(config.dir(), "no-answer.txt");
        this.withdrawn = Prompts.load(config.dir(), "api-answer-withdrawn.txt");
    }

    /** The reply to a question the articles do not answer. */
    public String noAnswer() {
        return noAnswer;
    }

    /** Why a partner may no longer have an answer the editors withdrew. */
    public String withdrawn() {
        return withdrawn;
    }
}
