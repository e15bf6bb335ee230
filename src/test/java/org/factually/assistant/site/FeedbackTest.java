package org.factually.assistant.site;

import org.factually.assistant.feedback.Feedback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.common.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** "Was this helpful?" under every answer, stored with the recorded answer for the editors. */
@QuarkusTest
class FeedbackTest {


    private UUID answerId;

    @BeforeEach
    void askAQuestion() {
        String id = given().contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post("/site/answers").then().statusCode(201).extract().path("id");
        answerId = UUID.fromString(id);
    }

    @AfterEach
    void forgetFeedback() {
        QuarkusTransaction.requiringNew().run(() -> Feedback.delete("answerId", answerId));
    }

    private List<Feedback> stored() {
        return QuarkusTransaction.requiringNew().call(() -> Feedback.ofAnswer(answerId));
    }

    private static Map<String, Object> json(Boolean helpful, String reason, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("helpful", helpful);
        body.put("reason", reason);
        body.put("comment", comment);
        return body;
    }

    @Test
    void aNoWithReasonAndCommentFromTheFormIsStoredWithTheAnswer() {
        ReaderForm.given()
                .formParam("helpful", "no").formParam("reason", "not-what-i-asked").formParam("comment", "I asked about Texas.")
                .when().post("/answers/" + answerId + "/feedback")
                .then().statusCode(303).header("Location", containsString("/answers/" + answerId + "?feedback=sent#feedback"));

        assertThat(stored()).singleElement().satisfies(f -> {
            assertThat(f.helpful).isFalse();
            assertThat(f.reason).isEqualTo("not-what-i-asked");
            assertThat(f.comment).isEqualTo("I asked about Texas.");
            assertThat(f.createdAt).isNotNull();
        });
    }

    @Test
    void theAnswerPageThanksTheReaderOnceFeedbackIsSent() throws Exception {
        String thanks = Files.readString(Path.of("prompts/site-feedback-thanks.txt")).strip();

        String page = given().when().get("/answers/" + answerId + "?feedback=sent").then().statusCode(200).extract().asString();

        assertThat(Html.parse(page).selectFirst("#feedback .feedback-thanks").text()).isEqualTo(thanks);
        assertThat(Html.parse(page).select("form.feedback-form")).isEmpty();
    }

    @Test
    void aYesFromTheScriptIsStored() {
        given().contentType(ContentType.JSON).body(json(true, null, null))
                .when().post("/site/answers/" + answerId + "/feedback")
                .then().statusCode(201).body("answerId", equalTo(answerId.toString())).body("message", startsWith("Thank you"));

        assertThat(stored()).singleElement().satisfies(f -> {
            assertThat(f.helpful).isTrue();
            assertThat(f.reason).isNull();
            assertThat(f.comment).isNull();
        });
    }

    @Test
    void aNoWithoutReasonIsStored() {
        given().contentType(ContentType.JSON).body(json(false, null, "  "))
                .when().post("/site/answers/" + answerId + "/feedback").then().statusCode(201);

        assertThat(stored()).singleElement().satisfies(f -> {
            assertThat(f.helpful).isFalse();
            assertThat(f.reason).isNull();
            assertThat(f.comment).isNull();
        });
    }

    @Test
    void aReasonOutsideTheListIsRefused() {
        given().contentType(ContentType.JSON).body(json(false, "boring", null))
                .when().post("/site/answers/" + answerId + "/feedback")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("wrong, not-what-i-asked, outdated, other"));
        ReaderForm.given().formParam("helpful", "no").formParam("reason", "boring")
                .when().post("/answers/" + answerId + "/feedback")
                .then().statusCode(400).contentType(containsString("text/html"));

        assertThat(stored()).isEmpty();
    }

    @Test
    void aCommentOverTheConfiguredLengthIsRefused() {
        given().contentType(ContentType.JSON).body(json(false, "other", "x".repeat(2001)))
                .when().post("/site/answers/" + answerId + "/feedback")
                .then().statusCode(400).body("detail", containsString("2000"));

        assertThat(stored()).isEmpty();
    }

    @Test
    void aReasonWithAYesIsRefused() {
        given().contentType(ContentType.JSON).body(json(true, "wrong", null))
                .when().post("/site/answers/" + answerId + "/feedback").then().statusCode(400);

        assertThat(stored()).isEmpty();
    }

    @Test
    void feedbackWithoutYesOrNoIsRefused() {
        given().contentType(ContentType.JSON).body(json(null, null, null))
                .when().post("/site/answers/" + answerId + "/feedback").then().statusCode(400).body("detail", containsString("helpful"));
        ReaderForm.given().formParam("helpful", "maybe")
                .when().post("/answers/" + answerId + "/feedback").then().statusCode(400);

        assertThat(stored()).isEmpty();
    }

    @Test
    void controlCharactersInACommentAreRefused() {
        given().contentType(ContentType.JSON).body(json(false, "other", "bad\u0000byte"))
                .when().post("/site/answers/" + answerId + "/feedback").then().statusCode(400);
    }

    @Test
    void feedbackOnAnUnknownAnswerIsNotFound() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(json(true, null, null))
                .when().post("/site/answers/" + unknown + "/feedback").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        ReaderForm.given().formParam("helpful", "yes")
                .when().post("/answers/" + unknown + "/feedback").then().statusCode(404).contentType(containsString("text/html"));
    }
}
