package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy that ends TLS, the service is told to mark its cookies Secure although it sees plain HTTP. */
@QuarkusTest
@TestProfile(SecureCookiesTest.BehindTlsProxy.class)
class SecureCookiesTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accounts.force-secure-cookies", "true", "corpus.load-at-startup", "false");
        }
    }

    @Test
    void theSessionAndCsrfCookiesAreSecure() {
        Newsroom.ensureAccounts();
        Response page = RestAssured.given().redirects().follow(false).get("/login");
        assertThat(page.headers().getValues("Set-Cookie")).filteredOn(c -> c.startsWith(Newsroom.CSRF_COOKIE + "="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));
        String csrf = page.cookie(Newsroom.CSRF_COOKIE);
        Response login = RestAssured.given().redirects().follow(false).cookie(Newsroom.CSRF_COOKIE, csrf)
                .formParam("j_username", Newsroom.EDITOR).formParam("j_password", Newsroom.PASSWORD)
                .formParam(Newsroom.CSRF_FIELD, csrf).post("/j_security_check");
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith(Newsroom.SESSION_COOKIE + "=")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }
}
