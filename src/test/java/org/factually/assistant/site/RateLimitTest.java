package org.factually.assistant.site;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import io.restassured.response.Response;
import org.factually.assistant.common.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site routes are limited per client address. Behind the trusted proxy this profile configures,
 * each test is its own client through X-Forwarded-For, so the tests do not spend each other's budgets.
 * The questions sent are blank: refused as invalid, they still spend the budget, and they never reach the
 * embedding model, whose native library a second Quarkus application in the same test JVM cannot load again.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    private static final int REQUESTS = 3;
    private static final int PAGES = 4;
    private static final String BLANK = " ";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("site.rate-limit.requests-per-minute", String.valueOf(REQUESTS),
                    "site.rate-limit.pages-per-minute", String.valueOf(PAGES),
                    "site.rate-limit.trust-forwarded-for", "true");
        }
    }

    private static Response askByForm(String client) {
        return ReaderForm.given().header("X-Forwarded-For", client).formParam("question", BLANK)
                .when().post("/ask");
    }

    @Test
    void questionsOverTheLimitGetAFriendlyPageWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(askByForm("198.51.100.1").statusCode()).isEqualTo(400);
        }

        Response refused = askByForm("198.51.100.1");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        String text = Files.readString(Path.of("prompts/site-too-many-requests.txt")).strip();
        assertThat(Html.parse(refused.asString()).selectFirst(".lede").text()).isEqualTo(text);
    }

    @Test
    void theScriptsRouteAnswers429AsAProblem() {
        for (int i = 0; i < REQUESTS; i++) {
            given().header("X-Forwarded-For", "198.51.100.2").contentType(ContentType.JSON).body(Map.of("question", BLANK))
                    .when().post("/site/answers").then().statusCode(400);
        }

        given().header("X-Forwarded-For", "198.51.100.2").contentType(ContentType.JSON).body(Map.of("question", BLANK))
                .when().post("/site/answers")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", org.hamcrest.Matchers.equalTo("/problems/too-many-requests"))
                .body("detail", org.hamcrest.Matchers.startsWith("You have sent a lot of requests"));
    }

    @Test
    void pagesHaveABudgetOfTheirOwn() {
        for (int i = 0; i < REQUESTS; i++) {
            askByForm("198.51.100.3");
        }
        for (int i = 0; i < PAGES; i++) {
            given().header("X-Forwarded-For", "198.51.100.3").when().get("/articles/004_a42ff53911dc357a").then().statusCode(200);
        }

        given().header("X-Forwarded-For", "198.51.100.3").when().get("/").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void clientsAreCountedApart() {
        for (int i = 0; i < REQUESTS; i++) {
            askByForm("198.51.100.4");
        }

        assertThat(askByForm("198.51.100.4").statusCode()).isEqualTo(429);
        assertThat(askByForm("198.51.100.5").statusCode()).isEqualTo(400);
        assertThat(askByForm("1.2.3.4, 198.51.100.4").statusCode()).as("an address the client made up does not help").isEqualTo(429);
    }

    @Test
    void thePartnerApiIsNotLimitedByTheReaderPagesBudget() {
        for (int i = 0; i < REQUESTS + 1; i++) {
            given().spec(PartnerApi.withKey()).header("X-Forwarded-For", "198.51.100.6").contentType(ContentType.JSON).body(Map.of("question", BLANK))
                    .when().post("/api/v1/answers").then().statusCode(400);
        }
    }

    @Test
    void stylesAndScriptsAreNotCounted() {
        for (int i = 0; i < PAGES + 1; i++) {
            given().header("X-Forwarded-For", "198.51.100.7").when().get("/site.css").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.7").when().get("/").then().statusCode(200);
    }
}
