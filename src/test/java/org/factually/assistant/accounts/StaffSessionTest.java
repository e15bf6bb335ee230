package org.factually.assistant.accounts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.factually.assistant.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff session lives in PostgreSQL: logout, a disabled account, a password reset and its lifetime end it. */
@QuarkusTest
class StaffSessionTest {

    private static final String PAGE = "/editor/articles";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    AccountService accounts;

    @BeforeEach
    void accounts() {
        Newsroom.ensureAccounts();
    }

    private static int open(Newsroom.Session session) {
        return session.given().get(PAGE).statusCode();
    }

    @Test
    void aLoggedInSessionOpensTheEditorPages() {
        assertThat(open(Newsroom.login(Newsroom.EDITOR))).isEqualTo(200);
    }

    @Test
    void afterLogoutTheOldCookiesAreRefused() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        assertThat(editor.submit("/logout").statusCode()).isEqualTo(303);
        assertThat(open(editor)).isEqualTo(302);
    }

    @Test
    void logoutEndsOnlyThatSession() {
        Newsroom.Session first = Newsroom.login(Newsroom.EDITOR);
        Newsroom.Session second = Newsroom.login(Newsroom.EDITOR);
        first.submit("/logout");
        assertThat(open(second)).isEqualTo(200);
    }

    @Test
    void aSessionCookieWithoutItsServerRecordIsRefused() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        int status = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(Newsroom.SESSION_COOKIE, editor.credential()).cookie(Newsroom.CSRF_COOKIE, editor.csrf()).get(PAGE).statusCode();
        assertThat(status).isEqualTo(302);
    }

    @Test
    void aSessionPastItsAbsoluteLifetimeIsRefused() throws SQLException {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE id_hash = ?")) {
            s.setString(1, StaffSessions.digest(editor.sessionId()));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(open(editor)).isEqualTo(302);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndRefusesItsLogin() {
        String name = AccountAdminTest.freshAccount(accounts, Roles.EDITOR);
        Newsroom.Session session = Newsroom.login(name);
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        assertThat(admin.submit("/editor/users/" + name + "/disable").statusCode()).isEqualTo(303);
        assertThat(open(session)).isEqualTo(302);
        assertThat(Newsroom.tryLogin(name, Newsroom.PASSWORD).header("Location")).endsWith("/login?failed=true");
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() {
        String name = AccountAdminTest.freshAccount(accounts, Roles.EDITOR);
        Newsroom.Session session = Newsroom.login(name);
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        assertThat(admin.submit("/editor/users/" + name + "/password", java.util.Map.of("password", "another long password 42"))
                .statusCode()).isEqualTo(303);
        assertThat(open(session)).isEqualTo(302);
        assertThat(Newsroom.tryLogin(name, "another long password 42").header("Location")).doesNotContain("failed");
    }

    @Test
    void basicAuthenticationStartsNoSession() {
        int before = openSessions();
        io.restassured.RestAssured.given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD)
                .contentType(ContentType.JSON).body("{}").post("/api/v1/articles");
        assertThat(openSessions()).isEqualTo(before);
    }

    private int openSessions() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM staff_session WHERE username = ? AND ended_at IS NULL")) {
            s.setString(1, Newsroom.EDITOR);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
