package org.factually.assistant.retrieval;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the passages most likely to answer a question. Whether they do is the answering package's decision. */
@ApplicationScoped
public class RetrievalService {

    /** The passages found, best first, and the question's content stems with their weights (rarer weighs more). */
    public record Retrieval(List<PassageHit> hits, Map<String, Double> termWeights, long embeddingMicros, long searchMicros) {
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

    public Retrieval retrieve(String question) {
        return retrieve(question, config.results());
    }

    public Retrieval retrieve(String question, int limit) {
        long t0 = System.nanoTime();
        float[] vector = embeddings.embedQuestion(question);
        return retrieve(question, vector, limit, (System.nanoTime() - t0) / 1000);
    }

    /** Retrieval for a question whose embedding the caller already has; {@code embeddingMicros} is then 0. */
    public Retrieval retrieve(String question, float[] questionVector) {
        return retrieve(question, questionVector, config.results(), 0);
    }

    private Retrieval retrieve(String question, float[] vector, int limit, long embeddingMicros) {
        long t0 = System.nanoTime();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String stem : analyzer.contentStems(question)) {
            double focus = weights.size() < config.focusTerms() ? 1 + config.focusBoost() : 1;
            weights.put(stem, statistics.idf(stem) * focus);
        }
        long t1 = System.nanoTime();
        List<PassageHit> hits = search.search(vector, toJson(weights), config.candidates(), config.rrfK(), limit);
        long t2 = System.nanoTime();
        return new Retrieval(hits, Collections.unmodifiableMap(weights), embeddingMicros + (t1 - t0) / 1000, (t2 - t1) / 1000);
    }

    private String toJson(Map<String, Double> weights) {
        try {
            return json.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings to numbers is always JSON", e);
        }
    }
}
