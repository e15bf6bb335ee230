package org.factually.assistant.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For from a peer that is not a trusted proxy is ignored: a client cannot dodge the per-address login
 * throttle by sending a new address with every guess.
 */
@QuarkusTest
@TestProfile(LoginThrottleUntrustedProxyTest.ElsewhereTrustedProxy.class)
class LoginThrottleUntrustedProxyTest {

    public static class ElsewhereTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The trusted proxy is another machine (TEST-NET-1): the tests' own address 127.0.0.1 is not it.
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.1",
                    "accounts.login.max-failures-per-address",
                    String.valueOf(LoginThrottleBehindProxyTest.MAX_FAILURES_PER_ADDRESS),
                    "corpus.load-at-startup", "false");
        }
    }

    @Test
    void aSpoofedForwardedAddressDoesNotEscapeThePeersLimit() {
        // Earlier tests may have counted failures from 127.0.0.1 already: only the last attempt's refusal is certain.
        for (int i = 0; i < LoginThrottleBehindProxyTest.MAX_FAILURES_PER_ADDRESS; i++) {
            LoginThrottleBehindProxyTest.wrongLogin(LoginThrottleBehindProxyTest.randomAddress());
        }
        assertThat(LoginThrottleBehindProxyTest.wrongLogin(LoginThrottleBehindProxyTest.randomAddress())).isEqualTo(429);
    }
}
