package org.factually.assistant.answering;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.PartnerApi;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AnswerApiTest {

    private static final String PATH = "/api/v1/answers";

    @Inject
    QuestionStages stages;
    @TestHTTPResource(PATH)
    URI answers;

    /** Java's own HTTP client, as a partner's code uses it: it asks to upgrade a cleartext connection to HTTP/2 (h2c). */
    private static HttpResponse<String> askAskingForHttp2(URI to, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(to).header("Content-Type", "application/json")
                .header(PartnerApi.API_KEY, PartnerApi.bootstrapKey()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // The first request on a connection asks for the upgrade; the second would travel on HTTP/2 had it been granted.
        http.send(request, HttpResponse.BodyHandlers.discarding());
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPartnerWhoseClientAsksForHttp2IsAnsweredOverHttp11() throws Exception {
        HttpResponse<String> reply = askAskingForHttp2(answers,
                "{\"question\": \"Can local police refuse to cooperate with ICE?\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("\"status\":\"answered\"");
    }

    @Test
    void aBodyThatIsNotStrictUtf8IsRefusedWhateverHttpVersionTheClientAsksFor() throws Exception {
        byte[] overlong = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', 'I', 'C', 'E', ' ', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        HttpResponse<String> reply = askAskingForHttp2(answers, overlong);
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("/problems/malformed-body");
    }

    @Test
    void aQuestionsReplyIsTimedAsItsSerialisationStageButAnEarlierAnswerReadAgainIsNot() {
        long before = stages.timer(QuestionStages.Stage.SERIALISATION).count();
        String id = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post(PATH).then().statusCode(200).contentType(ContentType.JSON).extract().path("id");
        assertThat(stages.timer(QuestionStages.Stage.SERIALISATION).count()).isEqualTo(before + 1);

        given().spec(PartnerApi.withKey()).when().get(PATH + "/" + id).then().statusCode(200).body("id", equalTo(id));
        assertThat(stages.timer(QuestionStages.Stage.SERIALISATION).count()).isEqualTo(before + 1);
    }

    @Test
    void answersAQuestionTheArticlesCoverWithCitedPassages() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "Can local police refuse to cooperate with ICE?"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("id", notNullValue())
                .body("status", equalTo("answered"))
                .body("answer", matchesPattern("(?s).*\\[1\\].*"))
                .body("citations", not(empty()))
                .body("citations.ref", everyItem(greaterThan(0)))
                .body("citations.articleId", everyItem(notNullValue()))
                .body("citations.quote", everyItem(notNullValue()))
                .body("citations.url", everyItem(startsWith("/articles/")))
                .body("citations[0].url", containsString("#p"));
    }

    @Test
    void everyAnswerSentenceIsQuotedFromItsCitedPassage() {
        Map<String, Object> reply = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post(PATH).then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) reply.get("citations");
        String answer = (String) reply.get("answer");
        for (String part : answer.split("(?<=\\])\\s+")) {
            int ref = Integer.parseInt(part.replaceAll("(?s).*\\[(\\d+)\\]$", "$1"));
            String sentence = part.replaceAll("\\s*\\[\\d+\\]$", "");
            String quote = (String) citations.get(ref - 1).get("quote");
            assertThat(quote.replaceAll("\\s*\\[\\d+\\]", "")).contains(sentence.replaceAll("[.]$", ""));
        }
    }

    @Test
    void citationOffsetsPointAtTheQuoteInTheArticleText() {
        Map<String, Object> reply = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "Which New Hampshire counties joined 287(g)?"))
                .when().post(PATH).then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> citation = ((List<Map<String, Object>>) reply.get("citations")).get(0);
        int start = (Integer) citation.get("start");
        int end = (Integer) citation.get("end");
        String body = given().spec(PartnerApi.withKey()).when().get("/api/v1/articles/" + citation.get("articleId"))
                .then().statusCode(200).extract().path("body");
        assertThat(body.substring(start, end)).isEqualTo(citation.get("quote"));
    }

    @Test
    void aQuestionOutsideTheArticlesGetsTheNoAnswerTextAndNoCitations() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "How do I bake sourdough bread?"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("status", equalTo("unknown"))
                .body("answer", startsWith("I don't know"))
                .body("citations", hasSize(0));
    }

    @Test
    void aFactTheArticlesNeverGiveIsUnknownEvenOnTheirTopic() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "What is the salary of a deputized 287(g) officer?"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("status", equalTo("unknown"))
                .body("citations", hasSize(0));
    }

    @Test
    void aFactOnlyAFollowUpQuestionMentionsIsUnknown() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON)
                .body(Map.of("question", "How many undocumented immigrants with criminal records were deported through ICE-local partnerships in 2024?"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("status", equalTo("unknown"))
                .body("citations", hasSize(0));
    }

    @Test
    void markupInAQuestionIsIgnoredForSearchAndKeptVerbatimInTheRecord() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "<script>alert(1)</script> What is 287(g)?"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("status", equalTo("answered"))
                .body("question", equalTo("<script>alert(1)</script> What is 287(g)?"));
    }

    @Test
    void everyAnswerIsRecordedWithItsScores() {
        String id = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "What is ICE's Law Enforcement Assistance Corner?"))
                .when().post(PATH).then().statusCode(200).extract().path("id");
        AnswerRecord record = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AnswerRecord.findById(java.util.UUID.fromString(id)));
        assertThat(record.status).isEqualTo("answered");
        assertThat(record.citations).isNotEmpty();
        AnswerScores scores = record.scores;
        assertThat(scores.version()).isEqualTo(AnswerScores.CURRENT_VERSION);
        assertThat(scores.topSimilarity()).isGreaterThanOrEqualTo(0.60);
        assertThat(scores.bestCoverage()).isGreaterThanOrEqualTo(0.50);
        assertThat(scores.passages()).extracting(AnswerScores.PassageScore::passageId).contains(record.citations.get(0).passageId());
        assertThat(scores.candidates()).isNotEmpty();
        assertThat(record.answer).contains(scores.candidates().get(0).sentence().replaceAll("\\s*\\[\\d+\\]", "").strip());
        assertThat(scores.embeddingMicros()).isPositive();
        assertThat(record.totalMs).isGreaterThanOrEqualTo(record.retrievalMs);
    }
}
