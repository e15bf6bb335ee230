package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.retrieval.PassageHit;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sentence splits and stems of recently retrieved passages. A passage's id changes whenever its text does
 * (re-ingestion inserts new rows), so an entry never goes stale; the least recently used are dropped.
 */
@ApplicationScoped
public class PassageTermsCache {

    private final TermAnalyzer analyzer;
    private final Map<Long, PassageTerms> cache;

    public PassageTermsCache(TermAnalyzer analyzer, AnswerConfig config) {
        this.analyzer = analyzer;
        int capacity = config.passageCacheSize();
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PassageTerms> eldest) {
                return size() > capacity;
            }
        };
    }

    public PassageTerms get(PassageHit hit) {
        synchronized (cache) {
            PassageTerms cached = cache.get(hit.passageId());
            if (cached != null) {
                return cached;
            }
        }
        PassageTerms terms = analyze(hit);
        synchronized (cache) {
            cache.put(hit.passageId(), terms);
        }
        return terms;
    }

    private PassageTerms analyze(PassageHit hit) {
        Set<String> stems = new HashSet<>(analyzer.stems(hit.text()));
        Set<String> about = new HashSet<>();
        if (hit.section() != null) {
            stems.addAll(analyzer.stems(hit.section()));
            about.addAll(analyzer.stems(hit.section()));
        }
        // The sentences were split at ingestion; only their stems are worked out here, once per passage.
        List<PassageTerms.Sentence> sentences = new ArrayList<>(hit.sentences().size());
        for (int i = 0; i < hit.sentences().size(); i++) {
            String s = hit.sentences().get(i).of(hit.text());
            List<String> inOrder = List.copyOf(analyzer.stems(s));
            sentences.add(new PassageTerms.Sentence(i, s, s.split("\\s+").length, inOrder, Set.copyOf(inOrder)));
        }
        return new PassageTerms(Set.copyOf(stems), List.copyOf(sentences), Set.copyOf(about));
    }
}
