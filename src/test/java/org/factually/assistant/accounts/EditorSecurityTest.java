package org.factually.assistant.accounts;

import org.factually.assistant.PartnerApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.factually.assistant.answering.AnswerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may reach which editor route: anonymous visitors, readers' sessions, editors, admins; and forms without their CSRF token. */
@QuarkusTest
class EditorSecurityTest {

    private UUID answerId;

    @BeforeEach
    void accountsAndOneAnswer() {
        Newsroom.ensureAccounts();
        answerId = UUID.fromString(given().spec(PartnerApi.withKey()).contentType(ContentType.JSON)
                .body(Map.of("question", "Which agency trains the deputized officers of 287(g)?"))
                .post("/api/v1/answers").then().statusCode(200).extract().path("id"));
    }

    @AfterEach
    void removeTheAnswer() {
        QuarkusTransaction.requiringNew().run(() -> AnswerRecord.deleteById(answerId));
    }

    /** A route of the editor pages: method, path (with {id} for the answer), and whether only admins may use it. */
    record Route(String method, String path, boolean adminOnly, boolean multipart) {

        Route(String method, String path, boolean adminOnly) {
            this(method, path, adminOnly, false);
        }

        String url(UUID id) {
            return path.replace("{id}", id.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Route> pages() {
        return Stream.of(
                new Route("GET", "/editor", false),
                new Route("GET", "/editor/answers/{id}", false),
                new Route("POST", "/editor/answers/{id}/approve", false),
                new Route("POST", "/editor/answers/{id}/correct", false),
                new Route("POST", "/editor/answers/{id}/reject", false),
                new Route("POST", "/editor/answers/{id}/preview", false),
                new Route("POST", "/editor/answers/{id}/claim", false),
                new Route("POST", "/editor/answers/{id}/release", false),
                new Route("POST", "/editor/bulk", false),
                new Route("GET", "/editor/gaps", false),
                new Route("POST", "/editor/gaps/off-topic", false),
                new Route("GET", "/editor/gaps.csv", false),
                new Route("GET", "/editor/articles", false),
                new Route("POST", "/editor/articles", false, true),
                new Route("POST", "/editor/articles/{id}/withdraw", false),
                new Route("POST", "/editor/articles/{id}/restore", false),
                new Route("GET", "/editor/users", true),
                new Route("POST", "/editor/users", true));
    }

    static Stream<Route> posts() {
        return pages().filter(r -> r.method().equals("POST"));
    }

    private Response call(io.restassured.specification.RequestSpecification spec, Route route) {
        return route.method().equals("GET") ? spec.get(route.url(answerId)) : spec.post(route.url(answerId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void anAnonymousVisitorIsSentToTheLoginPage(Route route) {
        Response r = call(RestAssured.given().redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("x", "y"), route);
        assertThat(r.statusCode()).as(route.toString()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aReadersSessionIsForbidden(Route route) {
        Newsroom.Session reader = Newsroom.login(Newsroom.READER);
        Response r = route.method().equals("GET") ? reader.given().get(route.url(answerId))
                : reader.submit(route.url(answerId), Map.of("reason", "a reader tries"));
        assertThat(r.statusCode()).as(route.toString()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void anEditorMayUseEveryRouteButTheAdminOnes(Route route) {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        if (route.method().equals("GET")) {
            Response r = editor.given().get(route.url(answerId));
            assertThat(r.statusCode()).as(route + " " + r.asString()).isEqualTo(route.adminOnly() ? 403 : 200);
        } else if (route.adminOnly()) {
            assertThat(editor.submit(route.url(answerId), Map.of()).statusCode()).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void anAdminMayOpenTheAccountsPage() {
        Newsroom.login(Newsroom.ADMIN).given().get("/editor/users").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void aFormWithoutItsCsrfTokenIsRefused(Route route) {
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        Response r = route.multipart()
                ? admin.given().multiPart("file", "article.json", "{}".getBytes()).post(route.url(answerId))
                : admin.given().contentType(ContentType.URLENC).formParam("reason", "no token").post(route.url(answerId));
        assertThat(r.statusCode()).as(route.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/csrf-token-invalid");
    }

    @Test
    void aFormWithAnotherBrowsersCsrfTokenIsRefused() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Response r = editor.given().contentType(ContentType.URLENC).formParam(Newsroom.CSRF_FIELD, Newsroom.csrfToken())
                .formParam("reason", "forged").post("/editor/answers/" + answerId + "/reject");
        assertThat(r.statusCode()).isEqualTo(400);
        Response page = editor.given().get("/editor/answers/" + answerId);
        assertThat(page.asString()).doesNotContain("Rejected: forged");
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenFails() {
        String csrf = Newsroom.csrfToken();
        Response login = RestAssured.given().redirects().follow(false).cookie(Newsroom.CSRF_COOKIE, csrf)
                .formParam("j_username", Newsroom.EDITOR).formParam("j_password", Newsroom.PASSWORD)
                .post("/j_security_check");
        assertThat(login.header("Location")).endsWith("/login?failed=true");
        assertThat(login.cookie(Newsroom.SESSION_COOKIE)).isNull();
    }

    @Test
    void aWrongPasswordFails() {
        String csrf = Newsroom.csrfToken();
        Response login = RestAssured.given().redirects().follow(false).cookie(Newsroom.CSRF_COOKIE, csrf)
                .formParam("j_username", Newsroom.EDITOR).formParam("j_password", "not the password")
                .formParam(Newsroom.CSRF_FIELD, csrf).post("/j_security_check");
        assertThat(login.header("Location")).endsWith("/login?failed=true");
        assertThat(login.cookie(Newsroom.SESSION_COOKIE)).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictlySameSite() {
        String csrf = Newsroom.csrfToken();
        Response login = RestAssured.given().redirects().follow(false).cookie(Newsroom.CSRF_COOKIE, csrf)
                .formParam("j_username", Newsroom.EDITOR).formParam("j_password", Newsroom.PASSWORD)
                .formParam(Newsroom.CSRF_FIELD, csrf).post("/j_security_check");
        String setCookie = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Newsroom.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void loggingOutEndsTheSession() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Response logout = editor.submit("/logout");
        assertThat(logout.statusCode()).isEqualTo(303);
        String cleared = logout.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Newsroom.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cleared).containsIgnoringCase("Max-Age=0");
    }

    @Test
    void theArticleApiRefusesAnonymousAndReaderCredentialsWithProblems() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(Newsroom.READER, Newsroom.PASSWORD).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic(Newsroom.EDITOR, "wrong password").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/articles").then().statusCode(401);
    }
}
