package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state-changing request of a staff session needs its session's CSRF token, whatever its body. */
@QuarkusTest
class StaffCsrfTest {

    private static final String MISSING = "no_such_article_csrf";

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

    @Test
    void httpBasicNeedsNoToken() {
        io.restassured.RestAssured.given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD)
                .contentType(ContentType.JSON).post("/api/v1/articles/" + MISSING + "/withdraw").then().statusCode(404);
    }
}
