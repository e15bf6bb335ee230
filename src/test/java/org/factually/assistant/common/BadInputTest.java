package org.factually.assistant.common;

import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.PartnerApi;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Every kind of bad input gets a 4xx problem+json saying what is wrong, never a 500. */
@QuarkusTest
class BadInputTest {

    private static final String PATH = "/api/v1/answers";

    private static ValidatableResponse post(String contentType, byte[] body) {
        var request = given().spec(PartnerApi.withKey()).contentType(contentType);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(PATH).then().contentType(Problem.MEDIA_TYPE);
    }

    private static ValidatableResponse postJson(String json) {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noBodyIsRefused() {
        post("application/json", null).statusCode(400).body("type", startsWith("/problems/")).body("detail", containsString("question"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        postJson("What is 287(g)?").statusCode(400).body("type", equalTo("/problems/malformed-body"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        post("application/json", body).statusCode(400).body("type", equalTo("/problems/malformed-body"));
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] body = new byte[512];
        new java.util.Random(7).nextBytes(body);
        post("application/json", body).statusCode(400);
    }

    @Test
    void aMissingQuestionIsRefused() {
        postJson("{}").statusCode(400).body("detail", containsString("question"));
    }

    @Test
    void aBlankQuestionIsRefused() {
        postJson("{\"question\": \"  \\n \"}").statusCode(400).body("detail", containsString("question"));
    }

    @Test
    void aQuestionThatIsNotAStringIsRefused() {
        postJson("{\"question\": 287}").statusCode(400).body("detail", containsString("question"));
        postJson("{\"question\": [\"a\"]}").statusCode(400).body("detail", containsString("question"));
        postJson("{\"question\": true}").statusCode(400).body("detail", containsString("question"));
    }

    @Test
    void aQuestionOverOneThousandCharactersIsRefused() {
        postJson("{\"question\": \"" + "a".repeat(1001) + "\"}").statusCode(400)
                .body("type", equalTo("/problems/question-too-long")).body("detail", containsString("1000"));
    }

    @Test
    void aQuestionOfExactlyOneThousandCharactersIsAccepted() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body("{\"question\": \"" + "ice ".repeat(250) + "\"}")
                .when().post(PATH).then().statusCode(200);
    }

    @Test
    void controlCharactersAreRefused() {
        postJson("{\"question\": \"What is\\u0000 287(g)?\"}").statusCode(400).body("detail", containsString("control characters"));
    }

    @Test
    void theWrongContentTypeIsRefused() {
        post("text/plain", "What is 287(g)?".getBytes(StandardCharsets.UTF_8)).statusCode(415);
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() {
        post("application/json", new byte[2 * 1024 * 1024]).statusCode(413).body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void injectedSqlIsJustAQuestion() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body("{\"question\": \"'; DROP TABLE article; --\"}")
                .when().post(PATH).then().statusCode(200).body("status", equalTo("unknown"));
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body("{\"question\": \"What is the 287(g) program?\"}")
                .when().post(PATH).then().statusCode(200).body("status", equalTo("answered"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().spec(PartnerApi.withKey()).when().get("/api/v1/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
