package org.factually.assistant.answering;

/**
 * A question as the service understands it: as asked; with markup removed and readers' shorthand written out, for
 * searching and reading; in the normalised form under which two askings are one; its embedding; and the kind of fact
 * it asks for.
 */
public record Question(String asked, String searchable, String normalized, float[] vector, AnswerType type, long embeddingMicros) {

    /** Whether another question, close in embedding, asks for the same kind of fact ("what is" / "when did" differ). */
    public boolean asksSameKindAs(String otherQuestion) {
        return type == AnswerType.of(QuestionText.searchable(otherQuestion));
    }
}
