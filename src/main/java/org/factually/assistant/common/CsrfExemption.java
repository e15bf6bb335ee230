package org.factually.assistant.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Set;

/**
 * A request authenticated by a partner key or HTTP basic carries no ambient credential a forged page could use, so
 * it needs no CSRF token. quarkus-rest-csrf cannot be told so; it refuses a state-changing request with a malformed
 * token cookie or a form media type without a body. Called by the authenticating feature's filter, which runs before
 * that one, {@link #exempt} takes the token cookie away; {@link #emptyFormsAsNoBody} the media type of an empty form.
 */
@ApplicationScoped
public class CsrfExemption {

    /** The priority of the filters that call {@link #exempt}: before quarkus-rest-csrf's (Priorities.USER). */
    public static final int BEFORE_CSRF_CHECK = jakarta.ws.rs.Priorities.AUTHENTICATION;

    /** The header of the partner API's key (here because common cannot depend on partner). */
    public static final String PARTNER_KEY = "X-API-Key";
    private static final String BASIC = "Basic ";
    // With the other checks of the request line and headers, before authentication (MalformedRequests: 9,500).
    private static final int BEFORE_ROUTING = 9_400;

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String cookieName;

    public CsrfExemption(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName) {
        this.cookieName = cookieName;
    }

    public void exempt(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        if (routing.request().getCookie(cookieName) != null) {
            // Out of the request's cookie jar only: no Set-Cookie goes to the client.
            routing.response().removeCookie(cookieName, false);
        }
    }

    /**
     * An empty form sent with a partner key or HTTP basic (as {@code curl -u … -d ''} does) is sent as no body at all:
     * Quarkus REST reads the media type before any filter of its own could change it, so this is decided on the
     * headers, before routing. An empty body says nothing either way, whoever sends it.
     */
    @RouteFilter(BEFORE_ROUTING)
    void emptyFormsAsNoBody(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (type != null && "0".equals(length == null ? null : length.strip()) && isForm(type)
                && (ctx.request().getHeader(PARTNER_KEY) != null || isBasic(ctx.request().getHeader(HttpHeaders.AUTHORIZATION)))) {
            ctx.request().headers().remove(HttpHeaders.CONTENT_TYPE);
        }
        ctx.next();
    }

    private static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    private static boolean isForm(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(MediaType.APPLICATION_FORM_URLENCODED) || type.equals(MediaType.MULTIPART_FORM_DATA);
    }
}
