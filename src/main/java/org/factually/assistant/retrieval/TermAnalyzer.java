package org.factually.assistant.retrieval;

import org.factually.assistant.common.ResourceLists;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words to stems with the Snowball English stemmer, after {@link TextNormalizer} has written numbers and
 * identifiers one way. The passages' stems are stored from here too ({@link TermStatistics}), so question and
 * passage stems always agree.
 */
@ApplicationScoped
public class TermAnalyzer {

    private final Analyzer stemming = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new SnowballFilter(stream, new EnglishStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };
    private final Analyzer plain = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        }
    };
    private static final Pattern POSSESSIVE_S = Pattern.compile("(?<=\\p{L})['\u2019]s\\b");
    private static final Pattern PHRASE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got");

    /** Whether a word is a participle by its place: after "is", "are", "was"... and in -ed, -en or -ing ("is looking"). */
    static boolean participle(String previous, String word) {
        return AUXILIARIES.contains(previous) && (word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing"));
    }

    private final Set<String> questionStopwords = ResourceLists.entries("/retrieval/question-stopwords.txt").stream()
            .flatMap(line -> List.of(line.toLowerCase(Locale.ROOT).split("\\s+")).stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Whether a word is one no question is about ("what", "the", "does"). */
    public boolean isQuestionStopword(String word) {
        return questionStopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The stems of every word of a text, in order. */
    public List<String> stems(String text) {
        return run(stemming, text);
    }

    /**
     * The stems of one word, kept in the bounded cache {@code word-stems}: the words WordNet gives for a question's
     * words (a verb's ways of doing can be hundreds) come back question after question.
     */
    @CacheResult(cacheName = "word-stems")
    public List<String> wordStems(String word) {
        return run(stemming, word);
    }

    /** A content word of a question and its stems (a hyphenated word has one per part). */
    public record Word(String text, List<String> stems, boolean focus) {
    }

    /**
     * The words of a question that carry its meaning (not "what", "the", "does"...), in order. The first
     * {@code focusWords} of them name what the question is about; a participle after "is", "are", "was"...
     * ("which counties are <i>cited</i>") says something about it and is not a focus word.
     */
    public List<Word> contentWords(String question, int focusWords) {
        List<Word> words = new ArrayList<>();
        int focusLeft = focusWords;
        String previous = "";
        for (String word : run(plain, question)) {
            boolean participle = participle(previous, word);
            previous = word;
            if (questionStopwords.contains(word) || word.isBlank()) {
                continue;
            }
            List<String> stems = run(stemming, word);
            if (!stems.isEmpty()) {
                boolean focus = focusLeft > 0 && !participle;
                if (focus) {
                    focusLeft--;
                }
                words.add(new Word(word, stems, focus));
            }
        }
        return words;
    }

    /**
     * The words a text starts with, as written, up to its first question stop word or word in -ing or -ed: the noun
     * phrase a possessive or "which" opens ("police chief" of "police chief enforcing the resolution").
     */
    public List<String> leadingNounPhrase(String text) {
        List<String> out = new ArrayList<>();
        // An owner's "'s" is no stop word: "ICE's resource hub" is a hub.
        for (String word : PHRASE_WORD.matcher(POSSESSIVE_S.matcher(text).replaceAll("")).results().map(MatchResult::group).toList()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ing") || lower.endsWith("ed") || questionStopwords.contains(lower)) {
                break;
            }
            out.add(word);
        }
        return out;
    }

    /**
     * The stem of the last word of the noun phrase a text starts with ({@link #leadingNounPhrase}): the thing a phrase
     * names ("local <b>officers</b> in total", "national <b>database</b> the warrants were added to"), when it is one stem.
     */
    public Optional<String> headStem(String text) {
        List<String> phrase = leadingNounPhrase(text);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        List<String> stems = run(stemming, phrase.get(phrase.size() - 1));
        return stems.size() == 1 ? Optional.of(stems.get(0)) : Optional.empty();
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", TextNormalizer.normalize(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
