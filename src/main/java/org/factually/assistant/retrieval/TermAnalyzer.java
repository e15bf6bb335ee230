package org.factually.assistant.retrieval;

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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words to stems with the Snowball English stemmer, the one PostgreSQL's {@code english} text-search
 * configuration uses, so stems here match the lexemes of the passages' full-text vectors.
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
    private final Set<String> questionStopwords = load("/retrieval/question-stopwords.txt");

    /** The stems of every word of a text, in order. */
    public List<String> stems(String text) {
        return run(stemming, text);
    }

    /** The distinct stems of the words of a question that carry its meaning (not "what", "the", "does"...). */
    public Set<String> contentStems(String question) {
        List<String> words = run(plain, question);
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            if (!questionStopwords.contains(word) && !word.isBlank()) {
                stems.addAll(run(stemming, word));
            }
        }
        return stems;
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
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

    private static Set<String> load(String resource) {
        try (InputStream in = TermAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .flatMap(l -> List.of(l.split("\\s+")).stream())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
