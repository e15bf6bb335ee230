package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.factually.assistant.Newsroom;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins are counted per account and per address in PostgreSQL; over the limit, 429 before any bcrypt. */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    AccountService accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    AccountsConfig config;

    @Test
    void twentyFiveWrongPasswordsInARowAreThrottledAndTheRightOneThenWaits() {
        String name = AccountAdminTest.freshAccount(accounts, Roles.EDITOR);
        int throttled = 0;
        for (int i = 0; i < 25; i++) {
            if (Newsroom.tryLogin(name, "wrong password " + i).statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).isEqualTo(25 - config.login().maxFailuresPerAccount());
        Response right = Newsroom.tryLogin(name, Newsroom.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(right.header("Retry-After"))).isPositive()
                .isLessThanOrEqualTo(config.login().failureWindow().toSeconds());
        assertThat(right.cookie(Newsroom.SESSION_COOKIE)).isNull();
        assertThat(right.contentType()).startsWith("text/html");
    }

    @Test
    void basicAuthenticationIsThrottledTheSameWay() {
        String name = AccountAdminTest.freshAccount(accounts, Roles.EDITOR);
        for (int i = 0; i < config.login().maxFailuresPerAccount(); i++) {
            RestAssured.given().auth().preemptive().basic(name, "wrong " + i).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/articles").then().statusCode(401);
        }
        Response r = RestAssured.given().auth().preemptive().basic(name, Newsroom.PASSWORD).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/articles");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isNotNull();
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongPasswordBelowTheLimitDoesNotStopTheRightOne() {
        String name = AccountAdminTest.freshAccount(accounts, Roles.EDITOR);
        Newsroom.tryLogin(name, "wrong password");
        assertThat(Newsroom.tryLogin(name, Newsroom.PASSWORD).header("Location")).doesNotContain("failed");
    }

    @Test
    void oneAddressIsThrottledOverAllAccounts() {
        String address = "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        String prefix = "nobody-" + UUID.randomUUID() + "-";
        for (int i = 0; i < config.login().maxFailuresPerAddress(); i++) {
            assertThat(throttle.blockedUntil(prefix + i, address)).isEmpty();
            throttle.failed(prefix + i, address);
        }
        assertThat(throttle.blockedUntil("someone-else", address)).isPresent();
        assertThat(throttle.blockedUntil("someone-else", "198.51.100.254")).isEmpty();
    }
}
