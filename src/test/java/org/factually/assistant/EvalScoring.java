package org.factually.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Puts a question file through the API and scores each reply as ../shared/eval/score.py does. */
public final class EvalScoring {

    private static final Pattern MARKER = Pattern.compile("\\[\\d+\\]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'\u201c(])");
    private static final Pattern WORD = Pattern.compile("[a-z0-9%]+");
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final double GROUNDED_WORD_SHARE = 0.8;

    private EvalScoring() {
    }

    /** One question and the reply it got. */
    public record Outcome(JsonNode question, String status, List<String> quotes, List<String> citedArticles, String answer) {
        public String kind() {
            return question.get("kind").asText();
        }

        public boolean expectsAnswer() {
            return "answer".equals(question.get("expect").asText());
        }

        /** Evidence in a quote (or in the answer, with "evidence_in": "answer"), and with "articles" also one of them cited. */
        public boolean correct() {
            if (!expectsAnswer()) {
                return "unknown".equals(status) && quotes.isEmpty();
            }
            List<String> evidence = new ArrayList<>();
            if (question.has("evidence")) {
                question.get("evidence").forEach(e -> evidence.add(fold(e.asText())));
            }
            List<String> articles = new ArrayList<>();
            if (question.has("articles")) {
                question.get("articles").forEach(a -> articles.add(a.asText()));
            }
            List<String> where = question.has("evidence_in") && "answer".equals(question.get("evidence_in").asText()) ? List.of(answer) : quotes;
            boolean said = where.stream().map(EvalScoring::fold).anyMatch(q -> evidence.stream().anyMatch(q::contains));
            boolean cited = citedArticles.stream().anyMatch(articles::contains);
            boolean hit = !evidence.isEmpty() && !articles.isEmpty() ? said && cited : said || cited;
            return "answered".equals(status) && hit;
        }

        /** +1 correct, 0 "unknown" where an answer was expected, -1 anything else (CRAG's truthfulness). */
        public int truth() {
            return correct() ? 1 : expectsAnswer() && "unknown".equals(status) ? 0 : -1;
        }

        /** The sentences of an answered reply that none of its quotes holds. */
        public List<String> ungrounded() {
            return "answered".equals(status) ? EvalScoring.ungrounded(answer, quotes) : List.of();
        }
    }

    /** The sentences of an answer, split as score.py splits them, that none of its quotes holds. */
    public static List<String> ungrounded(String answer, List<String> quotes) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(MARKER.matcher(answer).replaceAll(" ").strip())) {
            Set<String> words = words(sentence);
            if (words.size() < MIN_SENTENCE_WORDS) {
                continue;
            }
            String plain = fold(sentence.replaceAll("[\"\u201c\u201d]", "")).replaceAll("\\.$", "");
            boolean grounded = quotes.stream().anyMatch(q -> fold(q.replaceAll("[\"\u201c\u201d]", "")).contains(plain)
                    || words.stream().filter(words(q)::contains).count() >= GROUNDED_WORD_SHARE * words.size());
            if (!grounded) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Asks every question of a JSON-lines file once, as a partner. */
    @SuppressWarnings("unchecked")
    public static List<Outcome> ask(Path questions) {
        ObjectMapper json = new ObjectMapper();
        List<Outcome> asked = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(questions)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = json.readTree(line);
                Map<String, Object> reply = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON)
                        .body(Map.of("question", q.get("question").asText()))
                        .when().post("/api/v1/answers").then().statusCode(200).extract().as(Map.class);
                List<Map<String, Object>> citations = (List<Map<String, Object>>) reply.get("citations");
                asked.add(new Outcome(q, (String) reply.get("status"),
                        citations.stream().map(c -> (String) c.get("quote")).toList(),
                        citations.stream().map(c -> (String) c.get("articleId")).toList(), (String) reply.get("answer")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return asked;
    }

    /** Share of the questions of these kinds that got a correct reply. */
    public static long correct(List<Outcome> outcomes, String kind) {
        return outcomes.stream().filter(o -> o.kind().equals(kind)).filter(Outcome::correct).count();
    }

    public static double truthfulness(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(Outcome::truth).sum() / (double) outcomes.size();
    }

    /** Truthfulness, answered-right of the answerable, wrongly answered and refused-but-answerable, on one line. */
    public static String summary(List<Outcome> outcomes) {
        long answerable = outcomes.stream().filter(Outcome::expectsAnswer).count();
        long right = outcomes.stream().filter(o -> o.expectsAnswer() && o.correct()).count();
        long wrong = outcomes.stream().filter(o -> o.truth() < 0).count();
        long refused = outcomes.stream().filter(o -> o.truth() == 0).count();
        return String.format(Locale.ROOT, "truthfulness %.3f, answered-right %d/%d, wrongly-answered %d, refused-but-answerable %d",
                truthfulness(outcomes), right, answerable, wrong, refused);
    }

    public static String failures(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> !o.correct())
                .map(o -> o.question().get("id").asText() + " -> " + o.status())
                .collect(Collectors.joining(", ", "failed: ", ""));
    }

    static String fold(String s) {
        return s.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-").replace('\u00a0', ' ').replace('\u2019', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String s) {
        return WORD.matcher(fold(s)).results().map(m -> m.group()).collect(Collectors.toSet());
    }
}
