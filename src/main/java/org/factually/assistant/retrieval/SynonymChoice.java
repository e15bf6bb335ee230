package org.factually.assistant.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.embedding.EmbeddingService;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a reader's word's synonyms means what the reader meant: the one that, put in the word's place, leaves the
 * question's embedding closest to the question as asked. WordNet lists a word's senses without their context: "bill"
 * is a measure before it is a charge, but in "Who foots the bill for training?" it is the charge.
 */
@ApplicationScoped
public class SynonymChoice {

    private final EmbeddingService embeddings;

    public SynonymChoice(EmbeddingService embeddings) {
        this.embeddings = embeddings;
    }

    /** A question to choose synonyms in; its own embedding is worked out once, and only if a choice needs it. */
    public InQuestion in(String question, String embeddedText, float[] embedded) {
        return new InQuestion(question, question.equals(embeddedText) ? embedded : null);
    }

    public final class InQuestion {
        private final String question;
        private float[] vector;

        private InQuestion(String question, float[] vector) {
            this.question = question;
            this.vector = vector;
        }

        /** The synonym that keeps the question's meaning closest; the first (WordNet's commonest) when it is the only one. */
        public Optional<String> closest(String word, List<String> synonyms) {
            if (synonyms.size() <= 1) {
                return synonyms.stream().findFirst();
            }
            Matcher asWritten = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(question);
            if (!asWritten.find()) {
                return Optional.of(synonyms.get(0));
            }
            if (vector == null) {
                vector = embeddings.embedQuestion(question);
            }
            String best = synonyms.get(0);
            double closest = Double.NEGATIVE_INFINITY;
            for (String synonym : synonyms) {
                double similarity = cosine(vector, embeddings.embedQuestion(asWritten.replaceAll(Matcher.quoteReplacement(synonym))));
                if (similarity > closest) {
                    closest = similarity;
                    best = synonym;
                }
            }
            return Optional.of(best);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }
}
