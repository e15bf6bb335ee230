package org.factually.assistant.answering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts the shared evaluation questions through the API and holds the service to the product's bars,
 * scored as ../shared/eval/score.py scores them.
 */
@QuarkusTest
class EvaluationTest {

    private static final Pattern MARKER = Pattern.compile("\\[\\d+\\]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'\u201c(])");
    private static final Pattern WORD = Pattern.compile("[a-z0-9%]+");

    record Outcome(JsonNode question, String status, List<String> quotes, String answer) {
        String kind() {
            return question.get("kind").asText();
        }

        boolean expectsAnswer() {
            return "answer".equals(question.get("expect").asText());
        }

        boolean correct() {
            if (!expectsAnswer()) {
                return "unknown".equals(status) && quotes.isEmpty();
            }
            List<String> evidence = new ArrayList<>();
            question.get("evidence").forEach(e -> evidence.add(fold(e.asText())));
            return "answered".equals(status) && quotes.stream().map(EvaluationTest::fold).anyMatch(q -> evidence.stream().anyMatch(q::contains));
        }
    }

    private static List<Outcome> outcomes;

    // Once per class, but in @BeforeEach: only then has Quarkus pointed RestAssured at this application's port.
    @BeforeEach
    void askEveryQuestionOnce() throws Exception {
        if (outcomes != null) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        List<Outcome> asked = new ArrayList<>();
        for (String line : Files.readAllLines(SharedCorpus.DEV_QUESTIONS)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = json.readTree(line);
            Map<String, Object> reply = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", q.get("question").asText()))
                    .when().post("/api/v1/answers").then().statusCode(200).extract().as(Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> citations = (List<Map<String, Object>>) reply.get("citations");
            asked.add(new Outcome(q, (String) reply.get("status"),
                    citations.stream().map(c -> (String) c.get("quote")).toList(), (String) reply.get("answer")));
        }
        outcomes = asked;
    }

    private static double share(Set<String> kinds) {
        List<Outcome> of = outcomes.stream().filter(o -> kinds.contains(o.kind())).toList();
        return (double) of.stream().filter(Outcome::correct).count() / of.size();
    }

    @Test
    void atLeastFifteenOfSeventeenAnswerableQuestionsAreAnsweredWithEvidence() {
        assertThat(share(Set.of("answerable"))).as(failures()).isGreaterThanOrEqualTo(15.0 / 17);
    }

    @Test
    void atLeastTenOfElevenOtherQuestionsGetTheRightReply() {
        assertThat(share(Set.of("unanswerable", "out_of_domain", "adversarial"))).as(failures()).isGreaterThanOrEqualTo(10.0 / 11);
    }

    @Test
    void truthfulnessIsAtLeastPointEight() {
        double truth = outcomes.stream().mapToInt(o -> o.correct() ? 1 : o.expectsAnswer() && "unknown".equals(o.status()) ? 0 : -1).sum();
        assertThat(truth / outcomes.size()).as(failures()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void everySentenceOfEveryAnswerIsGroundedInItsQuotes() {
        for (Outcome o : outcomes) {
            if (!"answered".equals(o.status())) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(MARKER.matcher(o.answer()).replaceAll(" ").strip())) {
                Set<String> words = words(sentence);
                if (words.size() < 4) {
                    continue;
                }
                boolean grounded = o.quotes().stream().anyMatch(q ->
                        fold(q).contains(fold(sentence).replaceAll("\\.$", ""))
                                || words.stream().filter(words(q)::contains).count() >= 0.8 * words.size());
                assertThat(grounded).as("ungrounded: " + sentence).isTrue();
            }
        }
    }

    private static String failures() {
        return outcomes.stream().filter(o -> !o.correct())
                .map(o -> o.question().get("id").asText() + " -> " + o.status())
                .collect(Collectors.joining(", ", "failed: ", ""));
    }

    private static String fold(String s) {
        return s.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-").replace('\u00a0', ' ').replace('\u2019', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String s) {
        return WORD.matcher(fold(s)).results().map(m -> m.group()).collect(Collectors.toSet());
    }
}
