package org.factually.assistant.retrieval;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.articles.CorpusChanged;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many passages contain each stem (from PostgreSQL's own lexeme statistics), so that rare words
 * weigh more than common ones and words the articles never use can be recognised.
 */
@ApplicationScoped
public class TermStatistics {

    record Snapshot(Map<String, Integer> documentFrequency, int passages) {
    }

    private final EntityManager em;
    private volatile Snapshot snapshot;

    public TermStatistics(EntityManager em) {
        this.em = em;
    }

    /** Passages that contain the stem; 0 for a word no article uses. */
    public int documentFrequency(String stem) {
        return current().documentFrequency().getOrDefault(stem, 0);
    }

    /** Inverse document frequency, smoothed so that unseen words get the largest finite weight. */
    public double idf(String stem) {
        Snapshot s = current();
        return Math.log((s.passages() + 1.0) / (s.documentFrequency().getOrDefault(stem, 0) + 0.5));
    }

    void onCorpusChanged(@Observes CorpusChanged event) {
        refresh();
    }

    @Scheduled(every = "${retrieval.statistics-refresh-seconds}s", delayed = "${retrieval.statistics-refresh-seconds}s")
    void periodicRefresh() {
        refresh();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT word, ndoc FROM ts_stat('SELECT search_text FROM passage')").getResultList();
        Map<String, Integer> df = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            df.put((String) row[0], ((Number) row[1]).intValue());
        }
        int passages = ((Number) em.createNativeQuery("SELECT count(*) FROM passage").getSingleResult()).intValue();
        snapshot = new Snapshot(Map.copyOf(df), passages);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        return s;
    }
}
