package org.factually.assistant.retrieval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.articles.CorpusChanged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How many passages contain each stem, so that rare words weigh more than common ones and words the articles never
 * use can be recognised; and the abbreviations the articles define ("Immigration and Customs Enforcement (ICE)").
 * Both come from PostgreSQL (the passages' stored stems, {@code passage.terms}, and their text), so every instance
 * sees the same; they are read again when the corpus changes, here or on another instance.
 */
@ApplicationScoped
public class TermStatistics {

    record Snapshot(Map<String, Integer> documentFrequency, int passages, Map<String, ArticleTerms> articles,
                    Map<String, String> abbreviations, Set<String> acronyms, String signature) {
    }

    /** One article's passage count and how many of its passages contain each stem. */
    record ArticleTerms(int passages, Map<String, Integer> documentFrequency) {
    }

    /**
     * Word statistics of a few articles only: those a question's passages come from. Within them the subject of the
     * question is common and what tells one passage from another is rare, however many unrelated articles the corpus
     * also holds; statistics over the whole corpus would make the subject's own words rare once other subjects join it.
     */
    public static final class Neighbourhood {
        private final Map<String, ArticleTerms> articles;
        private final int passages;

        private Neighbourhood(Map<String, ArticleTerms> articles) {
            this.articles = articles;
            this.passages = articles.values().stream().mapToInt(ArticleTerms::passages).sum();
        }

        /** Passages of these articles that contain the stem. */
        public int documentFrequency(String stem) {
            return articles.values().stream().mapToInt(a -> a.documentFrequency().getOrDefault(stem, 0)).sum();
        }

        /** Inverse document frequency among these articles' passages, smoothed as {@link TermStatistics#idf}. */
        public double idf(String stem) {
            return Math.log((passages + 1.0) / (documentFrequency(stem) + 0.5));
        }
    }

    // Stems of passages that have none yet (new passages), written in batches of this many.
    private static final int FILL_BATCH = 500;
    private static final Set<String> JOINING_WORDS = Set.of("of", "and", "for", "the", "on", "in", "to");
    // A run of capitalised words (with joining words) right before a parenthesised abbreviation.
    private static final String DEFINITION = "((?:[A-Z][A-Za-z]+\\s+(?:(?:of|and|for|the|on|in|to)\\s+)?)+)\\(([A-Z]{2,})\\)";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Shortest acronym a spelled-out name is read as: two letters ("NH", "US") spell too many names by chance.
    private static final int MIN_ACRONYM_LETTERS = 3;
    // An acronym as the articles write it, alone or in the plural ("ACLU", "MOAs").
    private static final String ACRONYM = "\\m([A-Z]{" + MIN_ACRONYM_LETTERS + ",})s?\\M";

    private final EntityManager em;
    private final TermAnalyzer analyzer;
    private final ObjectMapper json;
    private volatile Snapshot snapshot;

    public TermStatistics(EntityManager em, TermAnalyzer analyzer, ObjectMapper json) {
        this.em = em;
        this.analyzer = analyzer;
        this.json = json;
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

    /**
     * Whether some passage of the article contains the stem: asked of any article, not only the question's
     * neighbourhood, since a passage the full-text search finds may be from an article no nearest passage is from.
     */
    public boolean articleUses(String articleId, String stem) {
        ArticleTerms a = current().articles().get(articleId);
        return a != null && a.documentFrequency().containsKey(stem);
    }

    /** The statistics of these articles alone (see {@link Neighbourhood}). */
    public Neighbourhood around(Collection<String> articleIds) {
        Map<String, ArticleTerms> all = current().articles();
        Map<String, ArticleTerms> chosen = new HashMap<>();
        articleIds.forEach(id -> {
            ArticleTerms a = all.get(id);
            if (a != null) {
                chosen.put(id, a);
            }
        });
        return new Neighbourhood(chosen);
    }

    /**
     * The articles' own abbreviations by their long forms, lower case: "immigration and customs enforcement" → "ICE".
     * A question that spells the long form out asks about what the articles call by the abbreviation.
     */
    public Map<String, String> abbreviations() {
        return current().abbreviations();
    }

    /** Whether the articles write the word, in capitals, as an acronym ("ice" → ICE, "aclu" → ACLU). */
    public boolean isAcronym(String word) {
        return word.length() >= MIN_ACRONYM_LETTERS && current().acronyms().contains(word.toUpperCase(Locale.ROOT));
    }

    /**
     * The acronym the articles use for a name a question spells out in capitalised words ("American Civil Liberties
     * Union" → "ACLU") when its initials spell one of them, even where no article defines it; empty otherwise.
     */
    public Optional<String> acronymOf(List<String> words) {
        if (words.isEmpty() || JOINING_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))
                || JOINING_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String initials = initials(words);
        return initials.length() >= MIN_ACRONYM_LETTERS && current().acronyms().contains(initials) ? Optional.of(initials) : Optional.empty();
    }

    void onCorpusChanged(@Observes CorpusChanged event) {
        refresh();
    }

    @Scheduled(every = "${retrieval.statistics-refresh-seconds}s", delayed = "${retrieval.statistics-refresh-seconds}s")
    void periodicRefresh() {
        refresh();
    }

    @Transactional
    public void refresh() {
        fillMissingTerms();
        Object[] sig = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0) FROM passage").getSingleResult();
        String signature = sig[0] + "/" + sig[1] + "/" + sig[2];
        Snapshot s = snapshot;
        if (s != null && s.signature().equals(signature)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT word, ndoc FROM ts_stat('SELECT terms FROM passage WHERE terms IS NOT NULL')").getResultList();
        Map<String, Integer> df = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            df.put((String) row[0], ((Number) row[1]).intValue());
        }
        snapshot = new Snapshot(Map.copyOf(df), ((Number) sig[0]).intValue(), articleTerms(), learnAbbreviations(), acronyms(), signature);
    }

    private Map<String, ArticleTerms> articleTerms() {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT article_id, count(*) FROM passage GROUP BY article_id").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.article_id, w.word, count(*) FROM passage p, unnest(tsvector_to_array(p.terms)) AS w(word)
                WHERE p.terms IS NOT NULL GROUP BY p.article_id, w.word""").getResultList();
        Map<String, Map<String, Integer>> df = new HashMap<>();
        for (Object[] r : rows) {
            df.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue());
        }
        Map<String, ArticleTerms> out = new HashMap<>(counts.size() * 2);
        for (Object[] c : counts) {
            String id = (String) c[0];
            out.put(id, new ArticleTerms(((Number) c[1]).intValue(), Map.copyOf(df.getOrDefault(id, Map.of()))));
        }
        return Map.copyOf(out);
    }

    /** Stores the stems of passages ingested since the last refresh (by this instance or another). */
    private void fillMissingTerms() {
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, coalesce(section, ''), text FROM passage WHERE terms IS NULL ORDER BY id LIMIT ?1")
                    .setParameter(1, FILL_BATCH).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            ObjectNode stems = json.createObjectNode();
            for (Object[] r : rows) {
                var array = stems.putArray(String.valueOf(((Number) r[0]).longValue()));
                new LinkedHashSet<>(analyzer.stems(r[1] + "\n" + r[2])).forEach(array::add);
            }
            em.createNativeQuery("""
                    UPDATE passage p SET terms = array_to_tsvector(ARRAY(SELECT DISTINCT jsonb_array_elements_text(u.value)))
                    FROM jsonb_each(CAST(?1 AS jsonb)) u WHERE p.id = CAST(u.key AS bigint)""")
                    .setParameter(1, stems.toString()).executeUpdate();
        }
    }

    private Map<String, String> learnAbbreviations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT m[1], m[2] FROM passage, regexp_matches(text, ?1, 'g') AS m")
                .setParameter(1, DEFINITION).getResultList();
        Map<String, String> out = new HashMap<>();
        for (Object[] r : rows) {
            String abbreviation = (String) r[1];
            List<String> words = new ArrayList<>(List.of(SPACES.split(((String) r[0]).strip())));
            // The run may start with capitalised words that are not part of the name: keep the tail whose initials spell it.
            while (!words.isEmpty()) {
                if (initials(words).equals(abbreviation) && !JOINING_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                    out.put(String.join(" ", words).toLowerCase(Locale.ROOT), abbreviation);
                    break;
                }
                words.remove(0);
            }
        }
        return Map.copyOf(out);
    }

    private Set<String> acronyms() {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT DISTINCT m[1] FROM passage, regexp_matches(text, ?1, 'g') AS m")
                .setParameter(1, ACRONYM).getResultList();
        return Set.copyOf(rows);
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!JOINING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
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
