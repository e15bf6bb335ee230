package org.factually.assistant.answering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.factually.assistant.retrieval.RetrievalService;
import org.factually.assistant.retrieval.TermAnalyzer;
import org.factually.assistant.retrieval.TermStatistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threshold calibration, run by hand on any question file (score.py's format):
 * <pre>./mvnw -B test -Pbench -Dtest=Calibration -Dcalibration.questions=../shared/eval/dev-questions.jsonl,src/test/resources/questions/paraphrases.jsonl \
 *     -Dcalibration.grid="min-similarity=0.55,0.6,0.65;min-coverage=0.4,0.5"</pre>
 * Every question is retrieved once; the decision is then taken again at each point of the grid (any numeric
 * {@code answering.*} setting, comma-separated values, settings separated by ";"), and each point prints
 * truthfulness, answered-right, wrongly-answered and refused-but-answerable, scored as score.py scores them
 * (an answer is right when a cited passage holds an evidence phrase). {@code -Dcalibration.details=true} prints
 * every question's outcome at the configured defaults, and at each point the questions whose outcome differs from
 * the first point's. Prints its figures; asserts only that it ran.
 */
@QuarkusTest
@Tag("benchmark")
class Calibration {

    private static final String DEFAULT_QUESTIONS = "../shared/eval/dev-questions.jsonl,src/test/resources/questions/paraphrases.jsonl";

    record Asked(JsonNode line, Question question, RetrievalService.Retrieval retrieval) {
        boolean expectsAnswer() {
            return "answer".equals(line.get("expect").asText());
        }

        /** +1 right, 0 refused although answerable, -1 wrong (an answer where none is due, or one without the evidence). */
        int score(AnswerDecider.Decision d) {
            if (!expectsAnswer()) {
                return d.answered() ? -1 : 1;
            }
            if (!d.answered()) {
                return 0;
            }
            List<String> evidence = new ArrayList<>();
            line.get("evidence").forEach(e -> evidence.add(fold(e.asText())));
            boolean right = d.sentences().stream().map(c -> fold(c.hit().text())).anyMatch(q -> evidence.stream().anyMatch(q::contains));
            return right ? 1 : -1;
        }
    }

    @Inject
    QuestionReader reader;
    @Inject
    RetrievalService retrieval;
    @Inject
    AnswerDecider decider;
    @Inject
    AnswerConfig config;
    @Inject
    TermAnalyzer analyzer;
    @Inject
    TermStatistics statistics;
    @Inject
    PassageTermsCache passageTerms;
    @Inject
    Superlatives superlatives;
    @Inject
    Mentions mentions;
    @Inject
    Counts counts;

    @Test
    void printsOutcomesAtEveryPointOfTheGrid() throws IOException {
        List<Asked> asked = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : System.getProperty("calibration.questions", DEFAULT_QUESTIONS).split(",")) {
            for (String line : Files.readAllLines(Path.of(file.strip()))) {
                if (!line.isBlank()) {
                    JsonNode q = json.readTree(line);
                    Question question = reader.read(q.get("question").asText());
                    // No replica in this profile: every search runs on the primary, whatever the generation.
                    asked.add(new Asked(q, question, retrieval.retrieve(question.searchable(), question.whole(), question.vector(), 0)));
                }
            }
        }
        if (Boolean.getBoolean("calibration.details")) {
            for (Asked a : asked) {
                AnswerDecider.Decision d = decider.decide(a.question(), a.retrieval());
                System.out.printf(Locale.ROOT, "CALIBRATION %-10s %2d %-8s %s%n      %s%n", a.line().get("id").asText(), a.score(d),
                        d.answered() ? "answered" : "unknown", a.question().asked(),
                        d.answered() ? d.sentences().stream().map(AnswerDecider.Candidate::sentence).toList() + " " + d.scores() : d.scores());
            }
        }
        List<Map<String, Double>> grid = grid(System.getProperty("calibration.grid", "min-similarity=0.55,0.6,0.65;min-coverage=0.4,0.5,0.6"));
        Map<String, Integer> atFirstPoint = new LinkedHashMap<>();
        for (Map<String, Double> point : grid) {
            AnswerDecider at = new AnswerDecider(analyzer, statistics, passageTerms, overriding(config, point), superlatives, mentions, counts);
            int right = 0, wrong = 0, refused = 0, answerable = 0, truth = 0;
            List<String> changed = new ArrayList<>();
            for (Asked a : asked) {
                int s = a.score(at.decide(a.question(), a.retrieval()));
                String id = a.line().get("id").asText();
                Integer first = atFirstPoint.putIfAbsent(id, s);
                if (first != null && first != s) {
                    changed.add(id + " " + first + "→" + s);
                }
                truth += s;
                answerable += a.expectsAnswer() ? 1 : 0;
                right += a.expectsAnswer() && s == 1 ? 1 : 0;
                refused += a.expectsAnswer() && s == 0 ? 1 : 0;
                wrong += s == -1 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "CALIBRATION %-60s truthfulness %5.3f  answered-right %2d/%d  wrongly-answered %2d  refused-but-answerable %2d%n",
                    point, (double) truth / asked.size(), right, answerable, wrong, refused);
            if (Boolean.getBoolean("calibration.details") && !changed.isEmpty()) {
                System.out.printf(Locale.ROOT, "CALIBRATION   against the first point: %s%n", String.join(", ", changed));
            }
        }
        assertThat(asked).isNotEmpty();
    }

    /** "a=1,2;b=3" → [{a=1,b=3}, {a=2,b=3}]. */
    private static List<Map<String, Double>> grid(String spec) {
        List<Map<String, Double>> points = new ArrayList<>(List.of(new LinkedHashMap<>()));
        for (String setting : spec.split(";")) {
            String[] kv = setting.split("=", 2);
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : points) {
                for (String v : kv[1].split(",")) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(kv[0].strip(), Double.parseDouble(v.strip()));
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The configuration with some numeric settings (by their property names) replaced. */
    private static AnswerConfig overriding(AnswerConfig base, Map<String, Double> settings) {
        Map<String, Double> byMethod = new LinkedHashMap<>();
        settings.forEach((k, v) -> byMethod.put(camel(k), v));
        return (AnswerConfig) Proxy.newProxyInstance(AnswerConfig.class.getClassLoader(), new Class<?>[]{AnswerConfig.class}, (proxy, method, args) -> {
            Double v = byMethod.get(method.getName());
            if (v == null) {
                return method.invoke(base, args);
            }
            return method.getReturnType() == int.class ? (Object) v.intValue() : (Object) v;
        });
    }

    private static String camel(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private static String fold(String text) {
        return text.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-").replace('\u00a0', ' ').replace('\u2019', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
