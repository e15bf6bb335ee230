package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.factually.assistant.EvalScoring;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A reading set of the SQuAD 2.0 kind, of our own: 39 BBC paragraphs loaded as articles (and nothing else), 125
 * questions, 70 answered by their paragraph (evidence phrase and article) and 55 on the same subject that it does not
 * answer. Scored as score.py scores them: +1 right, 0 "I don't know" where an answer was due, -1 anything else.
 */
@QuarkusTest
@TestProfile(ReadingSetProfile.class)
class ReadingSetEvaluationTest {

    static final Path QUESTIONS = Path.of("src/test/resources/questions/reading-set/questions.jsonl");

    private static List<EvalScoring.Outcome> outcomes;

    @BeforeEach
    void askEveryQuestionOnce() {
        if (outcomes == null) {
            outcomes = EvalScoring.ask(QUESTIONS);
            System.out.println("READING SET " + EvalScoring.summary(outcomes));
        }
    }

    @Test
    void truthfulnessIsAtLeastPointFour() {
        assertThat(EvalScoring.truthfulness(outcomes)).as(EvalScoring.failures(outcomes)).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void everySentenceOfEveryAnswerIsGroundedInItsQuotes() {
        assertThat(outcomes.stream().flatMap(o -> o.ungrounded().stream()).toList()).isEmpty();
    }

    @Test
    void aWhoQuestionIsAnsweredByAWordForAKindOfPerson() {
        // "... the missing tapes may have been stolen from a plane by baggage handlers": no name, someone all the same.
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "Who might have stolen the tapes from the plane?"))
                .when().post("/api/v1/answers").then().statusCode(200)
                .body("status", equalTo("answered")).body("citations.quote", hasItem(containsString("baggage handlers")));
    }
}
