package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.retrieval.Synonyms;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "Where did a city in Massachusetts vote ...?" is answered by "Worcester, Massachusetts, passed a resolution ...",
 * which puts its place in no phrase of place ("in", "at"): it names one. A sentence answers "where" by naming a place
 * WordNet knows (a city, a state, a country) that the question does not name itself.
 */
@ApplicationScoped
class Places {

    // A run of capitalised words: "Worcester", "New Hampshire".
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Synonyms synonyms;
    private final TermAnalyzer analyzer;

    Places(Synonyms synonyms, TermAnalyzer analyzer) {
        this.synonyms = synonyms;
        this.analyzer = analyzer;
    }

    /** Whether the sentence names a place, as a whole run of capitalised words or one of them, that the question does not. */
    boolean namesAnother(String sentence, Set<String> questionStems) {
        return CAPITALISED_RUN.matcher(sentence).results().map(MatchResult::group)
                .flatMap(run -> Stream.concat(Stream.of(run), run.contains(" ") ? SPACES.splitAsStream(run) : Stream.empty()))
                .anyMatch(name -> synonyms.isPlaceName(name) && !questionStems.containsAll(analyzer.stems(name)));
    }
}
