package org.factually.assistant.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.factually.assistant.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What an admin can do with accounts on /editor/users, and what editors are shown. */
@QuarkusTest
class AccountAdminTest {

    @Inject
    AccountService accounts;

    /** A new account of its own for a test, so that what the test does to it disturbs no other. */
    static String freshAccount(AccountService accounts, String role) {
        String name = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> accounts.create(name, Newsroom.PASSWORD, role));
        return name;
    }

    @BeforeEach
    void testAccounts() {
        Newsroom.ensureAccounts();
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() {
        String name = freshAccount(accounts, Roles.EDITOR);
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        admin.submit("/editor/users/" + name + "/disable");
        assertThat(admin.submit("/editor/users/" + name + "/enable").statusCode()).isEqualTo(303);
        assertThat(Newsroom.login(name).given().get("/editor").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedRoleTakesEffectInTheOpenSession() {
        String name = freshAccount(accounts, Roles.EDITOR);
        Newsroom.Session session = Newsroom.login(name);
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        assertThat(admin.submit("/editor/users/" + name + "/role", Map.of("role", Roles.READER)).statusCode()).isEqualTo(303);
        assertThat(session.given().get("/editor").statusCode()).isEqualTo(403);
    }

    @Test
    void aDuplicateUserNameIsAFormErrorOnThePage() {
        Response r = Newsroom.login(Newsroom.ADMIN).submit("/editor/users",
                Map.of("username", Newsroom.EDITOR, "password", "yet another long password", "role", Roles.EDITOR));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("already exists").contains("<form");
    }

    @Test
    void aCommonPasswordIsRefusedThoughLongEnough() {
        Response r = Newsroom.login(Newsroom.ADMIN).submit("/editor/users",
                Map.of("username", "probe-common", "password", "Password1234", "role", Roles.EDITOR));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("too easy to guess");
    }

    @Test
    void aPasswordHoldingTheUserNameIsRefused() {
        String name = freshAccount(accounts, Roles.EDITOR);
        Response r = Newsroom.login(Newsroom.ADMIN).submit("/editor/users/" + name + "/password",
                Map.of("password", name + " is my password"));
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        Response r = Newsroom.login(Newsroom.ADMIN).submit("/editor/users/" + Newsroom.ADMIN + "/disable");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Newsroom.login(Newsroom.ADMIN).given().get("/editor/users").statusCode()).isEqualTo(200);
    }

    @Test
    void editorsSeeNoLinkToTheAccountsPage() {
        assertThat(Newsroom.login(Newsroom.EDITOR).given().get("/editor").asString()).doesNotContain("href=\"/editor/users\"");
        assertThat(Newsroom.login(Newsroom.ADMIN).given().get("/editor").asString()).contains("href=\"/editor/users\"");
    }
}
