package org.factually.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.SharedCorpus;
import org.factually.assistant.answering.QuestionStages;
import org.factually.assistant.ingestion.IngestionService;
import org.factually.assistant.embedding.EmbeddingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion throughput (next to the model's own {@code embedAll} throughput on the same passages) and question
 * latency with its per-stage breakdown, on the shared corpus alone and with the 2,225 BBC articles loaded as
 * distractors (all, or the first {@code -Dbench.bbc-articles}), then a burst of one question from 16 clients. Run by
 * hand: {@code ./mvnw -B test -Pbench -Dtest=AnswerServiceBenchmarkTest}.
 * Prints its figures; asserts only that it ran and that every answer of the burst was recorded.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
@Tag("benchmark")
class AnswerServiceBenchmarkTest {

    private static final Path BBC = Path.of("../shared/datasets/bbc-news/articles.jsonl");
    // -Dbench.bbc-articles=N ingests the first N only: a shorter run for the ingestion ratio.
    private static final int BBC_ARTICLES = Integer.getInteger("bench.bbc-articles", Integer.MAX_VALUE);
    private static final int WARM_UP = 30;
    private static final int REQUESTS_PER_RUN = 280;
    private static final int CONCURRENT_CLIENTS = 8;
    private static final int BURST_CLIENTS = 16;
    private static final int BURST_QUESTIONS = 2000;

    @Inject
    IngestionService ingestion;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    QuestionStages stages;
    @Inject
    EmbeddingService embeddings;

    @TestHTTPResource("/api/v1/answers")
    URI answers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void ingestionThroughputAndQuestionLatency() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM answer").executeUpdate();
            em.createNativeQuery("DELETE FROM article").executeUpdate();
        });
        List<String> questions = devQuestions();

        // The model's first calls load and warm it; ingestion is measured at the model's working speed.
        embeddings.embedAll(questions);
        IngestionService.Report corpus = ingestion.ingestDirectory(SharedCorpus.DIR);
        print("shared corpus ingestion", corpus);
        modelThroughput(corpus, "%");
        latency("shared corpus", questions);

        if (Boolean.parseBoolean(System.getProperty("bench.bbc", "true"))) {
            Path bbcDir = Files.createDirectories(Path.of("target/bench-corpus/bbc"));
            int converted = writeBbcArticles(bbcDir);
            IngestionService.Report bbc = ingestion.ingestDirectory(bbcDir);
            print("BBC ingestion (" + converted + " articles)", bbc);
            modelThroughput(bbc, "bbc-%");
            latency("shared corpus + BBC", questions);
            assertThat(bbc.failures()).isEmpty();
        }
        burst(questions.get(0));
    }

    /**
     * The model's own embedAll, timed alone, on the texts ingestion just embedded (each passage with its heading, and
     * each of its sentences): the ceiling of ingestion's speed, in passages per second.
     */
    private void modelThroughput(IngestionService.Report ingested, String articles) {
        @SuppressWarnings("unchecked")
        List<String> texts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT coalesce(p.section || E'\\n', '') || p.text FROM passage p WHERE p.article_id LIKE ?1
                UNION ALL
                SELECT s.text FROM passage_sentence s JOIN passage p ON p.id = s.passage_id WHERE p.article_id LIKE ?1""")
                .setParameter(1, articles).getResultList());
        long started = System.nanoTime();
        embeddings.embedAll(texts);
        double seconds = (System.nanoTime() - started) / 1e9;
        double model = ingested.passages() / seconds;
        double ours = ingested.passages() / Math.max(0.001, ingested.millis() / 1000.0);
        System.out.printf(Locale.ROOT, "BENCH model embedAll on the same %d texts (%d passages and their sentences): %.1f passages/s;"
                + " ingestion/model = %.2f%n", texts.size(), ingested.passages(), model, ours / model);
    }

    /** One question asked BURST_QUESTIONS times by BURST_CLIENTS clients at once, as when a story breaks. */
    private void burst(String question) throws Exception {
        long before = recorded(question);
        ExecutorService pool = Executors.newFixedThreadPool(BURST_CLIENTS);
        List<Future<List<Double>>> futures = new ArrayList<>();
        StageBreakdown breakdown = StageBreakdown.start(stages);
        long started = System.nanoTime();
        for (int c = 0; c < BURST_CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Double> mine = new ArrayList<>();
                for (int i = client; i < BURST_QUESTIONS; i += BURST_CLIENTS) {
                    mine.add(ask(question));
                }
                return mine;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long recorded = recorded(question) - before;
        System.out.printf(Locale.ROOT, "BENCH burst: %d x one question, %d clients: %.1f answers/s, p50 %.1f ms, p95 %.1f ms, %d recorded%n",
                all.size(), BURST_CLIENTS, all.size() / seconds, percentile(all, 50), percentile(all, 95), recorded);
        breakdown.print("burst");
        assertThat(recorded).isEqualTo(BURST_QUESTIONS);
    }

    private long recorded(String question) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM answer WHERE question = ?1")
                .setParameter(1, question).getSingleResult()).longValue());
    }

    private void latency(String label, List<String> questions) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            ask(questions.get(i % questions.size()));
        }
        List<Double> one = new ArrayList<>();
        StageBreakdown single = StageBreakdown.start(stages);
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS_PER_RUN; i++) {
            one.add(ask(questions.get(i % questions.size())));
        }
        double oneSeconds = (System.nanoTime() - started) / 1e9;
        single.print(label + ", 1");
        StageBreakdown concurrent = StageBreakdown.start(stages);

        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        List<Future<List<Double>>> futures = new ArrayList<>();
        started = System.nanoTime();
        for (int c = 0; c < CONCURRENT_CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Double> mine = new ArrayList<>();
                for (int i = client; i < REQUESTS_PER_RUN; i += CONCURRENT_CLIENTS) {
                    mine.add(ask(questions.get(i % questions.size())));
                }
                return mine;
            }));
        }
        List<Double> eight = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            eight.addAll(f.get());
        }
        double eightSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "BENCH %-22s 1 client : p50 %6.1f ms  p95 %6.1f ms  %6.1f req/s (%d requests)%n",
                label, percentile(one, 50), percentile(one, 95), one.size() / oneSeconds, one.size());
        System.out.printf(Locale.ROOT, "BENCH %-22s %d clients: p50 %6.1f ms  p95 %6.1f ms  %6.1f req/s (%d requests)%n",
                label, CONCURRENT_CLIENTS, percentile(eight, 50), percentile(eight, 95), eight.size() / eightSeconds, eight.size());
        concurrent.print(label + ", " + CONCURRENT_CLIENTS);
    }

    private double ask(String question) throws Exception {
        String body = json.writeValueAsString(Map.of("question", question));
        HttpRequest request = HttpRequest.newBuilder(answers).header("Content-Type", "application/json")
                .header(PartnerApi.API_KEY, PartnerApi.bootstrapKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t) / 1e6;
        assertThat(response.statusCode()).isEqualTo(200);
        return ms;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void print(String label, IngestionService.Report r) {
        System.out.printf(Locale.ROOT, "BENCH %-40s %5d passages in %7.1f s = %6.1f passages/s (%d added, %d failed)%n",
                label, r.passages(), r.millis() / 1000.0, r.passages() / Math.max(0.001, r.millis() / 1000.0), r.added(), r.failures().size());
    }

    private List<String> devQuestions() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(SharedCorpus.DEV_QUESTIONS)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).get("question").asText());
            }
        }
        return out;
    }

    /** The BBC lines as JSON articles, the format the service ingests: one section per article, paragraphs kept. */
    private int writeBbcArticles(Path dir) throws Exception {
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        int n = 0;
        for (String line : Files.readAllLines(BBC)) {
            if (line.isBlank() || n == BBC_ARTICLES) {
                continue;
            }
            JsonNode a = json.readTree(line);
            String id = "bbc-" + a.get("id").asText().replace('/', '-');
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("id", id);
            article.put("title", a.get("title").asText());
            article.put("sections", List.of(Map.of("text", a.get("text").asText().replaceAll("\\n\\s*\\n", "\n"))));
            Files.writeString(dir.resolve(id + ".json"), json.writeValueAsString(article));
            n++;
        }
        return n;
    }
}
