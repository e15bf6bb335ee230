package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.common.Problem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** An answer stays readable by its id, as it was given. */
@QuarkusTest
class AnswerLookupTest {

    private static final String PATH = "/api/v1/answers";

    @Test
    void anEarlierAnswerIsReturnedAsItWasGiven() {
        Map<String, Object> given = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON)
                .body(Map.of("question", "What is the 287(g) program?"))
                .when().post(PATH).then().statusCode(200).extract().as(Map.class);
        given().spec(PartnerApi.withKey()).when().get(PATH + "/" + given.get("id"))
                .then().statusCode(200)
                .body("id", equalTo(given.get("id")))
                .body("status", equalTo("answered"))
                .body("answer", equalTo(given.get("answer")))
                .body("citations.size()", equalTo(((java.util.List<?>) given.get("citations")).size()));
    }

    @Test
    void anAnswerThatDoesNotExistIs404() {
        given().spec(PartnerApi.withKey()).when().get(PATH + "/6b1f7f4e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() {
        given().spec(PartnerApi.withKey()).when().get(PATH + "/42")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aShortUuidFormIsNotFound() {
        given().spec(PartnerApi.withKey()).when().get(PATH + "/1-2-3-4-5")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/not-found"));
    }
}
