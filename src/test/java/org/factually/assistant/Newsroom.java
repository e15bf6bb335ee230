package org.factually.assistant;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.factually.assistant.accounts.AccountService;
import org.factually.assistant.accounts.EditorUser;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Test accounts of each role, and logged-in sessions that post forms with their CSRF token as a browser does. */
public final class Newsroom {

    public static final String PASSWORD = "a test password nobody uses";
    public static final String ADMIN = "test-admin";
    public static final String EDITOR = "test-editor";
    public static final String READER = "test-reader";
    public static final String CSRF_COOKIE = "csrf-token";
    public static final String CSRF_FIELD = "csrf-token";
    public static final String SESSION_COOKIE = "quarkus-credential";
    private static final Pattern VERSION_FIELD = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    public static final String STAFF_SESSION_COOKIE = "staff-session";

    private Newsroom() {
    }

    /** Creates the test accounts once; they stay in the test database, where they disturb nothing. */
    public static void ensureAccounts() {
        AccountService accounts = Arc.container().instance(AccountService.class).get();
        QuarkusTransaction.requiringNew().run(() -> Map.of(ADMIN, "admin", EDITOR, "editor", READER, "reader").forEach((name, role) -> {
            if (EditorUser.count("username", name) == 0) {
                accounts.create(name, PASSWORD, role);
            }
        }));
    }

    /** A page of the login form: its CSRF cookie, which is also the token of its hidden field. */
    public static String csrfToken() {
        Response page = RestAssured.given().redirects().follow(false).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        String token = page.cookie(CSRF_COOKIE);
        assertThat(page.asString()).contains("value=\"" + token + "\"");
        return token;
    }

    public static Session login(String username) {
        String csrf = csrfToken();
        Response login = tryLogin(username, PASSWORD, csrf);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("failed");
        return new Session(login.cookie(SESSION_COOKIE), login.cookie(STAFF_SESSION_COOKIE), csrf);
    }

    /** Posts the login form as a browser that has just opened the login page. */
    public static Response tryLogin(String username, String password) {
        return tryLogin(username, password, csrfToken());
    }

    private static Response tryLogin(String username, String password, String csrf) {
        return RestAssured.given().redirects().follow(false).cookie(CSRF_COOKIE, csrf)
                .formParam("j_username", username).formParam("j_password", password).formParam(CSRF_FIELD, csrf)
                .post("/j_security_check");
    }

    /**
     * A logged-in browser: its session cookies and CSRF cookie go with every request; redirects are not followed.
     * {@code sessionId} is the server-side session's cookie, {@code credential} Quarkus' form-login cookie.
     */
    public record Session(String credential, String sessionId, String csrf) {

        public RequestSpecification given() {
            return RestAssured.given().redirects().follow(false).cookie(SESSION_COOKIE, credential)
                    .cookie(STAFF_SESSION_COOKIE, sessionId).cookie(CSRF_COOKIE, csrf);
        }

        /** The value of a Cookie header carrying this session. */
        public String cookies() {
            return SESSION_COOKIE + "=" + credential + "; " + STAFF_SESSION_COOKIE + "=" + sessionId + "; " + CSRF_COOKIE + "=" + csrf;
        }

        /** Posts a form as the page would, with its CSRF token. */
        public Response submit(String path, Map<String, String> fields) {
            return given().formParams(fields).formParam(CSRF_FIELD, csrf).post(path);
        }

        public Response submit(String path) {
            return submit(path, Map.of());
        }

        /** Opens the answer's review page and sends a decision from it, with the review version the page shows. */
        public Response decide(String answerId, String action, Map<String, String> fields) {
            Map<String, String> form = new HashMap<>(fields);
            form.put("version", String.valueOf(reviewVersion(answerId)));
            return submit("/editor/answers/" + answerId + "/" + action, form);
        }

        public Response decide(String answerId, String action) {
            return decide(answerId, action, Map.of());
        }

        /** The review version the answer's review page shows now. */
        public int reviewVersion(String answerId) {
            String page = given().get("/editor/answers/" + answerId).then().statusCode(200).extract().asString();
            Matcher version = VERSION_FIELD.matcher(page);
            assertThat(version.find()).as("the review page of %s has a version field", answerId).isTrue();
            return Integer.parseInt(version.group(1));
        }
    }
}
