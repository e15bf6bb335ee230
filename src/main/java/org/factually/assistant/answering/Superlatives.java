package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.retrieval.Synonyms;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * "Which county has the most deputized officers?" asks for the one that ranks first; a sentence that names a county
 * and its officers but ranks nothing does not say which. Such a question is answered only by a sentence that ranks:
 * one with a superlative of its own ("largest", "most").
 */
@ApplicationScoped
class Superlatives {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    // "the most", "the least" rank; "most sheriffs" without "the" is a quantity, not a ranking.
    private static final Set<String> RANKING_ADVERBS = Set.of("most", "least");
    // "the first county to join", "the last to sign" rank in time: a sentence must say which came first, not that
    // some did. A sentence's "first" ranks; its "last" is mostly "last year", which ranks nothing.
    private static final Set<String> ORDINALS_ASKED = Set.of("first", "last");
    private static final String ORDINAL_SAID = "first";

    private final Synonyms synonyms;

    Superlatives(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** Whether the question asks for what ranks first ("the biggest", "the most", "ICE's largest", "the first to"). */
    boolean asked(String question) {
        List<String> words = words(question);
        for (int i = 0; i < words.size(); i++) {
            boolean afterThe = i > 0 && words.get(i - 1).equals("the");
            boolean theMost = (RANKING_ADVERBS.contains(words.get(i)) || ORDINALS_ASKED.contains(words.get(i))) && afterThe;
            if (theMost || synonyms.isSuperlative(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence ranks a thing: a superlative, "first", or "most" / "least" before a word that is no adverb
     * ("most explicit channel", "most of them"; "participates most prominently" ranks ways of taking part, not things).
     */
    boolean ranks(String sentence) {
        List<String> words = words(sentence);
        for (int i = 0; i < words.size(); i++) {
            boolean ofAThing = RANKING_ADVERBS.contains(words.get(i)) && (i + 1 == words.size() || !synonyms.isOnlyAdverb(words.get(i + 1)));
            if (ofAThing || words.get(i).equals(ORDINAL_SAID) || synonyms.isSuperlative(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    }
}
