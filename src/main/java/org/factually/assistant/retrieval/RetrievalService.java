package org.factually.assistant.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.embedding.EmbeddingService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Finds the passages most likely to answer a question. Whether they do is the answering package's decision. */
@ApplicationScoped
public class RetrievalService {

    /**
     * The passages found, best first; the question's content stems with their weights (rarer weighs more);
     * its focus stems, the first content words, where English questions put what they ask about; and the time
     * spent analysing the question's words and searching.
     */
    public record Retrieval(List<PassageHit> hits, Map<String, Double> termWeights, Set<String> focusTerms,
                            long analysisMicros, long searchMicros) {
    }

    private final EmbeddingService embeddings;
    private final PassageSearch search;
    private final TermAnalyzer analyzer;
    private final TermStatistics statistics;
    private final RetrievalConfig config;
    private final ObjectMapper json;

    public RetrievalService(EmbeddingService embeddings, PassageSearch search, TermAnalyzer analyzer,
                            TermStatistics statistics, RetrievalConfig config, ObjectMapper json) {
        this.embeddings = embeddings;
        this.search = search;
        this.analyzer = analyzer;
        this.statistics = statistics;
        this.config = config;
        this.json = json;
    }

    /** The {@code limit} best passages for a text, embedded here: the partners' passage search. */
    public List<PassageHit> search(String text, int limit) {
        return retrieve(text, embeddings.embedQuestion(text), limit).hits();
    }

    /** Retrieval for a question the caller has already embedded. */
    public Retrieval retrieve(String question, float[] questionVector) {
        return retrieve(question, questionVector, config.results());
    }

    private Retrieval retrieve(String question, float[] vector, int limit) {
        long t0 = System.nanoTime();
        Set<String> focus = new LinkedHashSet<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (TermAnalyzer.Word word : analyzer.contentWords(question, config.focusTerms())) {
            // A word's weight is shared by its stems, so that "287(g)" counts as one word, not two.
            double share = (word.focus() ? 1 + config.focusBoost() : 1) / word.stems().size();
            for (String stem : word.stems()) {
                weights.merge(stem, statistics.idf(stem) * share, Math::max);
                if (word.focus()) {
                    focus.add(stem);
                }
            }
        }
        long t1 = System.nanoTime();
        List<PassageHit> hits = search.search(vector, toJson(weights), config.candidates(), config.rrfK(), limit);
        long t2 = System.nanoTime();
        return new Retrieval(hits, Collections.unmodifiableMap(weights), Collections.unmodifiableSet(focus),
                (t1 - t0) / 1000, (t2 - t1) / 1000);
    }

    private String toJson(Map<String, Double> weights) {
        try {
            return json.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings to numbers is always JSON", e);
        }
    }
}
