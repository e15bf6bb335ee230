package org.factually.assistant.site;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token for the reader's forms. Pages rendered for a GET carry the token the CSRF filter made for it;
 * the answer region the page script fetches with a JSON POST (which the filter leaves alone) carries the token
 * of the reader's cookie, so that its feedback form still posts without JavaScript.
 */
@Named("readerCsrf")
@RequestScoped
public class ReaderCsrf {

    // Where quarkus-rest-csrf keeps the token it made for a request, and its default cookie name.
    private static final String FILTER_ATTRIBUTE = "csrf_token";
    private static final String COOKIE = "csrf-token";

    private final RoutingContext request;
    private final CsrfTokenParameterProvider filterToken;

    public ReaderCsrf(RoutingContext request, @Named("csrf") CsrfTokenParameterProvider filterToken) {
        this.request = request;
        this.filterToken = filterToken;
    }

    public String token() {
        if (request.get(FILTER_ATTRIBUTE) != null) {
            // Through the filter's provider, which also tells the filter to set the cookie on the reply.
            return filterToken.getToken();
        }
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }
}
