package org.factually.assistant.answering;

/**
 * A question as the service understands it: as asked; with markup removed and readers' shorthand written out, for
 * searching and reading; what the reader told before asking ({@code context}, often empty), which helps find the
 * articles but is not asked; in the normalised form under which two askings are one; its embedding, of the context
 * and the question together; and the kind of fact it asks for.
 */
public record Question(String asked, String searchable, String context, String normalized, float[] vector, AnswerType type,
                       long embeddingMicros) {

    /** Whether another question, close in embedding, asks for the same kind of fact ("what is" / "when did" differ). */
    public boolean asksSameKindAs(String otherQuestion) {
        return type == AnswerType.of(QuestionText.searchable(otherQuestion));
    }

    /** The question with what the reader told before it, as written: a claim quoted whole may hold a full stop. */
    public String whole() {
        return new QuestionText.Parts(searchable, context).whole();
    }
}
