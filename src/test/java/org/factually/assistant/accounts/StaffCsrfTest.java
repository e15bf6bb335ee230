package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state-changing request of a staff session needs its session's CSRF token, whatever its body. */
@QuarkusTest
class StaffCsrfTest {

    private static final String MISSING = "no_such_article_csrf";

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void accounts() {
        Newsroom.ensureAccounts();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/editor/articles/" + MISSING + "/withdraw", "/editor/answers/00000000-0000-0000-0000-000000000000/approve",
            "/api/v1/articles/" + MISSING + "/withdraw", "/logout", "/editor/users/test-reader/disable"})
    void aBodilessPostWithoutTheTokenIsRefused(String path) {
        Response r = Newsroom.login(Newsroom.ADMIN).given().post(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/csrf-token-invalid");
    }

    @Test
    void aTextPlainPostWithoutTheTokenIsRefused() {
        Response r = Newsroom.login(Newsroom.EDITOR).given().contentType(ContentType.TEXT).body("x")
                .post("/api/v1/articles/" + MISSING + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void theTokenInTheHeaderLetsANonFormRequestThrough() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Response r = editor.given().header("X-CSRF-Token", editor.csrf()).post("/api/v1/articles/" + MISSING + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void theTokenOfAnotherSessionIsRefused() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Newsroom.Session other = Newsroom.login(Newsroom.EDITOR);
        Response r = editor.given().header("X-CSRF-Token", other.csrf()).post("/api/v1/articles/" + MISSING + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void aFormWithAnotherBrowsersMatchingCookieAndFieldIsRefused() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        String forged = Newsroom.csrfToken();
        Response r = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(Newsroom.SESSION_COOKIE, editor.credential()).cookie(Newsroom.STAFF_SESSION_COOKIE, editor.sessionId())
                .cookie(Newsroom.CSRF_COOKIE, forged).formParam(Newsroom.CSRF_FIELD, forged)
                .post("/editor/articles/" + MISSING + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "Content-Type [{0}]")
    @ValueSource(strings = {"", "application/x-www-form-urlencoded"})
    void aBodilessHttpBasicPostNeedsNoTokenWhateverItsCookies(String contentType) throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(base.resolve("/api/v1/articles/" + MISSING + "/withdraw"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((Newsroom.EDITOR + ":" + Newsroom.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Cookie", Newsroom.CSRF_COOKIE + "=not-a-token-of-this-service")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (!contentType.isEmpty()) {
            post.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
    }

    @Test
    void aPartnerCallWithAStaleTokenCookieNeedsNoToken() {
        io.restassured.RestAssured.given().spec(PartnerApi.withKey()).cookie(Newsroom.CSRF_COOKIE, "stale")
                .contentType(ContentType.JSON).body(java.util.Map.of("question", "What is the 287(g) program?"))
                .post("/api/v1/answers").then().statusCode(200);
    }

    @Test
    void aSessionsBodilessPostWithAStaleTokenCookieIsStillRefused() {
        Response r = Newsroom.login(Newsroom.EDITOR).given().cookie(Newsroom.CSRF_COOKIE, "stale")
                .post("/api/v1/articles/" + MISSING + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void httpBasicNeedsNoToken() {
        io.restassured.RestAssured.given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD)
                .contentType(ContentType.JSON).post("/api/v1/articles/" + MISSING + "/withdraw").then().statusCode(404);
    }
}
