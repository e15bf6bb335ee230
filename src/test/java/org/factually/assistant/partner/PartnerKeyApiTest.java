package org.factually.assistant.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.common.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** Partners reach /api/v1 with a valid key only, and within their limits. */
@QuarkusTest
class PartnerKeyApiTest {

    private static final String PASSAGES = "/api/v1/passages";

    @Inject
    TestKeys keys;
    @Inject
    PartnerKeyService keyService;
    @Inject
    EntityManager em;

    @AfterEach
    void removeKeys() {
        keys.removeAll();
    }

    @Test
    void aCallWithoutAKeyIs401() {
        given().queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", notNullValue())
                .body("type", equalTo("/problems/api-key-missing"));
    }

    @Test
    void aBlankKeyIs401() {
        given().spec(PartnerApi.withKey("  ")).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(401).body("type", equalTo("/problems/api-key-missing"));
    }

    @Test
    void anUnknownKeyIs401() {
        given().spec(PartnerApi.withKey("fk_made-up-key")).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/api-key-unknown"));
    }

    @Test
    void aRevokedKeyIs401() {
        CreatedKey key = keys.create(10, 100);
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(200);
        keyService.revoke(key.id());
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/api-key-revoked"));
    }

    @Test
    void anAnswerPostedWithoutAKeyIs401() {
        given().contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post("/api/v1/answers").then().statusCode(401);
    }

    @Test
    void anAdmittedReplyCarriesTheKeysRateLimitHeaders() {
        CreatedKey key = keys.create(5, 100);
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(200)
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "4")
                .header("RateLimit-Reset", notNullValue())
                .header("RateLimit-Policy", "5;w=60, 100;w=86400");
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfterAndRateLimitHeaders() {
        CreatedKey key = keys.create(3, 100);
        for (int i = 0; i < 3; i++) {
            given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(200);
        }
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", h -> Integer.parseInt(h), greaterThan(0))
                // A request counts until the end of the second it was made in (migration V20_1): at most 60 + 1 s.
                .header("Retry-After", h -> Integer.parseInt(h), lessThanOrEqualTo(61))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue());
    }

    @Test
    void aKeyThatUsedItsDailyQuotaGets429SayingSo() {
        CreatedKey key = keys.create(100, 2);
        for (int i = 0; i < 2; i++) {
            given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(200);
        }
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES)
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/quota-exceeded"))
                .body("detail", org.hamcrest.Matchers.containsString("midnight UTC"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "2")
                .header("RateLimit-Remaining", "0");
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminCreatesAKeyThatIsShownOnceAndWorks() {
        Map<String, Object> created = given().contentType(ContentType.JSON).body(Map.of("partner", "Daily Ledger", "rateLimit", 7))
                .when().post("/api/v1/admin/keys")
                .then().statusCode(201).header("Location", notNullValue())
                .body("key", org.hamcrest.Matchers.startsWith("fk_"))
                .body("rateLimit", equalTo(7))
                .extract().as(Map.class);
        long id = ((Number) created.get("id")).longValue();
        keys.forget(id);
        String key = (String) created.get("key");

        given().when().get("/api/v1/admin/keys").then().statusCode(200)
                .body("find { it.id == " + id + " }.partner", equalTo("Daily Ledger"))
                .body("find { it.id == " + id + " }.key", org.hamcrest.Matchers.nullValue())
                .body("find { it.id == " + id + " }.prefix", equalTo(key.substring(0, 9)));
        given().spec(PartnerApi.withKey(key)).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminRevokesAKeyThroughTheEndpoint() {
        CreatedKey key = keys.create(10, 100);
        given().when().delete("/api/v1/admin/keys/" + key.id()).then().statusCode(200).body("revokedAt", notNullValue());
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void revokingAKeyThatDoesNotExistIs404() {
        given().when().delete("/api/v1/admin/keys/987654321").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void aKeyNeedsAPartnerName() {
        given().contentType(ContentType.JSON).body(Map.of("rateLimit", 7)).when().post("/api/v1/admin/keys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theAdminEndpointRefusesCallersWhoAreNotLoggedIn() {
        given().spec(PartnerApi.withKey()).when().get("/api/v1/admin/keys").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/login-required"));
    }

    @Test
    @TestSecurity(user = "eve", roles = "editor")
    void theAdminEndpointRefusesEditors() {
        given().when().get("/api/v1/admin/keys").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void usageCountsRequestsUnknownAnswersAnd429sPerKeyAndDay() {
        CreatedKey key = keys.create(2, 100);
        given().spec(PartnerApi.withKey(key.key())).contentType(ContentType.JSON).body(Map.of("question", "How do I bake sourdough bread?"))
                .when().post("/api/v1/answers").then().statusCode(200).body("status", equalTo("unknown"));
        given().spec(PartnerApi.withKey(key.key())).contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post("/api/v1/answers").then().statusCode(200).body("status", equalTo("answered"));
        given().spec(PartnerApi.withKey(key.key())).queryParam("q", "287(g)").when().get(PASSAGES).then().statusCode(429);

        given().queryParam("keyId", key.id()).queryParam("days", 1).when().get("/api/v1/admin/usage")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].requests", equalTo(2))
                .body("[0].questions", equalTo(2))
                .body("[0].unknownAnswers", equalTo(1))
                .body("[0].unknownRate", equalTo(0.5f))
                .body("[0].rateLimited", equalTo(1))
                .body("[0].quotaExceeded", equalTo(0));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void usageCountsAQuestionAnsweredAgainFromTheCacheAsAQuestionOfItsOwn() {
        CreatedKey key = keys.create(10, 100);
        for (int i = 0; i < 2; i++) {
            given().spec(PartnerApi.withKey(key.key())).contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                    .when().post("/api/v1/answers").then().statusCode(200).body("status", equalTo("answered"));
        }

        given().queryParam("keyId", key.id()).queryParam("days", 1).when().get("/api/v1/admin/usage")
                .then().statusCode(200).body("[0].questions", equalTo(2)).body("[0].unknownAnswers", equalTo(0));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void answersCountedBeforeAnswersNamedTheirKeyStillCountInUsage() {
        CreatedKey key = keys.create(10, 100);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO api_key_answers (key_id, day, shard, questions, unknown_answers) VALUES (?1, current_date, 0, 3, 1)")
                .setParameter(1, key.id()).executeUpdate());
        given().spec(PartnerApi.withKey(key.key())).contentType(ContentType.JSON).body(Map.of("question", "How do I bake sourdough bread?"))
                .when().post("/api/v1/answers").then().statusCode(200).body("status", equalTo("unknown"));

        given().queryParam("keyId", key.id()).queryParam("days", 1).when().get("/api/v1/admin/usage")
                .then().statusCode(200).body("[0].questions", equalTo(4)).body("[0].unknownAnswers", equalTo(2));
    }
}
