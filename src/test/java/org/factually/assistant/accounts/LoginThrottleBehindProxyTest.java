package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (quarkus.http.proxy.trusted-proxies), failed logins count against the client address the
 * proxy forwards, so that one client cannot lock out everyone behind the proxy and cannot hide among them.
 */
@QuarkusTest
@TestProfile(LoginThrottleBehindProxyTest.BehindTrustedProxy.class)
class LoginThrottleBehindProxyTest {

    static final int MAX_FAILURES_PER_ADDRESS = 5;

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "accounts.login.max-failures-per-address", String.valueOf(MAX_FAILURES_PER_ADDRESS),
                    "corpus.load-at-startup", "false");
        }
    }

    @Test
    void theForwardedAddressIsTheOneThrottled() {
        String client = randomAddress();
        for (int i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
            assertThat(wrongLogin(client)).isEqualTo(401);
        }
        assertThat(wrongLogin(client)).as("the forwarded client is over its limit").isEqualTo(429);
        assertThat(wrongLogin(randomAddress())).as("another client behind the same proxy is not").isEqualTo(401);
    }

    /** A wrong HTTP basic login of an account nobody has, forwarded for the given client address. */
    static int wrongLogin(String forwardedFor) {
        return RestAssured.given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), "wrong password")
                .header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/articles").statusCode();
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
