package org.factually.assistant.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which address a request counts against. */
class ClientAddressTest {

    private static final String PROXY = "10.0.0.2";

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.resolve(PROXY, "198.51.100.1", false)).isEqualTo(PROXY);
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedCounts() {
        assertThat(ClientAddress.resolve(PROXY, "198.51.100.1", true)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve(PROXY, "1.2.3.4, 198.51.100.1", true)).as("the client's own entries are not believed")
                .isEqualTo("198.51.100.1");
    }

    @Test
    void behindATrustedProxyARequestWithoutTheHeaderCountsAgainstThePeer() {
        assertThat(ClientAddress.resolve(PROXY, null, true)).isEqualTo(PROXY);
        assertThat(ClientAddress.resolve(PROXY, " , ", true)).isEqualTo(PROXY);
    }
}
