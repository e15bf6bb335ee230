package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.retrieval.RetrievalService;
import org.factually.assistant.retrieval.Synonyms;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How many officers ...?" asks for a number of officers: a sentence answers it only where a number stands by the
 * thing counted ("more than 1,000 partnerships", "roughly 40 states"), not where it counts something else ("two
 * primary mechanisms ... local officers").
 */
@ApplicationScoped
class Counts {

    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\b(?:how many|number of)\\s+(.+)");
    // "What was the city council vote count ...?": what is counted is the word before the count.
    private static final Pattern COUNT_OF = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:count|tally|total)\\b");
    // A number, but no year: "in 2025" counts nothing.
    private static final Pattern NUMBER = Pattern.compile("(?!(?:19|20)\\d\\d$)\\d+(?:\\.\\d+)?");
    // The stems of the words that count in hundreds and more ("hundreds of thousands of warrants").
    private static final Set<String> NUMBER_STEMS = Set.of("hundr", "thousand", "million", "billion", "dozen");

    private final TermAnalyzer analyzer;
    private final Synonyms synonyms;

    Counts(TermAnalyzer analyzer, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
    }

    /**
     * The stem of what a "how many" question counts: the last noun of the noun phrase after "how many" or "the number
     * of" ("local <b>officers</b> nationwide"), or the word before "count", "tally" or "total" ("the <b>vote</b> count"), when it is
     * one of the question's weighed words; none for other questions.
     */
    Optional<String> counted(String question, RetrievalService.Retrieval retrieval) {
        Matcher m = HOW_MANY.matcher(question);
        Matcher count = COUNT_OF.matcher(question);
        Optional<String> counted = m.find() ? head(m.group(1)) : count.find() ? head(count.group(1)) : Optional.empty();
        return counted.filter(retrieval.termWeights()::containsKey);
    }

    /**
     * The stem of the last word of the noun phrase the text starts with that WordNet knows as a noun: "local officers
     * nationwide" count officers, not a nation.
     */
    private Optional<String> head(String text) {
        List<String> phrase = new ArrayList<>(analyzer.leadingNounPhrase(text));
        while (phrase.size() > 1 && synonyms.describes(phrase.get(phrase.size() - 1))) {
            phrase.remove(phrase.size() - 1);
        }
        return phrase.isEmpty() ? Optional.empty() : analyzer.headStem(String.join(" ", phrase));
    }

    /** Whether a number in the sentence (its stems in order) stands within {@code distance} words of the thing counted. */
    boolean countsIn(List<String> stems, String counted, RetrievalService.Retrieval retrieval, int distance) {
        for (int i = 0; i < stems.size(); i++) {
            if (NUMBER.matcher(stems.get(i)).matches() || NUMBER_STEMS.contains(stems.get(i))) {
                int from = Math.max(0, i - distance);
                int to = Math.min(stems.size(), i + distance + 1);
                for (int j = from; j < to; j++) {
                    if (retrieval.holds(Set.of(stems.get(j)), counted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
