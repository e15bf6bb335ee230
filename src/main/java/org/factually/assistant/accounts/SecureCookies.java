package org.factually.assistant.accounts;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Quarkus marks the session cookie {@code Secure} only when TLS ends at the service itself. This also marks it
 * (and every other cookie the service sets) when the request came over HTTPS through a proxy, or always when configured.
 */
@ApplicationScoped
public class SecureCookies {

    // Before the authentication handlers, so that the headers hook is in place when they set the session cookie.
    private static final int BEFORE_AUTHENTICATION = 9_000;
    private static final String HTTPS = "https";

    private final AccountsConfig config;

    public SecureCookies(AccountsConfig config) {
        this.config = config;
    }

    @RouteFilter(BEFORE_AUTHENTICATION)
    void markSecure(RoutingContext routing) {
        if (config.forceSecureCookies() || HTTPS.equalsIgnoreCase(routing.request().scheme())) {
            routing.addHeadersEndHandler(v -> {
                for (Cookie cookie : routing.request().cookies()) {
                    if (cookie instanceof ServerCookie set && set.isChanged()) {
                        cookie.setSecure(true);
                    }
                }
            });
        }
        routing.next();
    }
}
