package org.factually.assistant.accounts;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus marks the session cookie {@code Secure} only when TLS ends at the service itself. This also marks it
 * (and every other cookie the service sets) when the request came over HTTPS through a proxy, or always when configured,
 * and gives the CSRF cookie a SameSite attribute.
 */
@ApplicationScoped
public class SecureCookies {

    // Before the authentication handlers, so that the headers hook is in place when they set the session cookie.
    private static final int BEFORE_AUTHENTICATION = 9_000;
    private static final String HTTPS = "https";

    private final AccountsConfig config;
    private final String csrfCookie;

    public SecureCookies(AccountsConfig config, @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.config = config;
        this.csrfCookie = csrfCookie;
    }

    @RouteFilter(BEFORE_AUTHENTICATION)
    void markSecure(RoutingContext routing) {
        boolean secure = config.forceSecureCookies() || HTTPS.equalsIgnoreCase(routing.request().scheme());
        routing.addHeadersEndHandler(v -> {
            for (Cookie cookie : routing.request().cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged()) {
                    if (secure) {
                        cookie.setSecure(true);
                    }
                    // quarkus-rest-csrf has no SameSite setting. Lax, not Strict: a reader or editor arriving by a
                    // link still sends it, so the page does not mint a new token that would orphan open forms.
                    if (cookie.getName().equals(csrfCookie) && cookie.getSameSite() == null) {
                        cookie.setSameSite(CookieSameSite.LAX);
                    }
                }
            }
        });
        routing.next();
    }
}
