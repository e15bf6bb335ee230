package org.factually.assistant.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factually.assistant.common.CsrfExemption;
import org.factually.assistant.common.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Every state-changing request of a staff session needs the session's CSRF token, whatever its body: a form
 * carries it in its hidden field (checked against the cookie by quarkus-rest-csrf), anything else, a bodiless
 * POST included, in the {@code X-CSRF-Token} header. Either way the token must be the one the session was started
 * with, so a token from another browser or an earlier session is refused. Requests authenticated by a partner
 * key or by HTTP basic carry no ambient credentials a forged page could use, and are not checked.
 */
public class StaffCsrf {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final int BAD_REQUEST = 400;

    private final SecurityIdentity identity;
    private final CsrfExemption exemption;
    private final String cookieName;
    private final String headerName;

    public StaffCsrf(SecurityIdentity identity, CsrfExemption exemption,
                     @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                     @ConfigProperty(name = "quarkus.rest-csrf.token-header-name") String headerName) {
        this.identity = identity;
        this.exemption = exemption;
        this.cookieName = cookieName;
        this.headerName = headerName;
    }

    /** A call authenticated by HTTP basic (an identity without a session) is exempt from the CSRF check. */
    @ServerRequestFilter(priority = CsrfExemption.BEFORE_CSRF_CHECK)
    public void exemptHttpBasic(ContainerRequestContext request, RoutingContext routing) {
        if (!identity.isAnonymous() && identity.getAttribute(SessionIdentityProvider.SESSION) == null) {
            exemption.exempt(request, routing);
        }
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !(identity.getAttribute(SessionIdentityProvider.SESSION) instanceof StaffSessions.OpenSession session)) {
            return null;
        }
        String token = request.getHeaderString(headerName);
        if (token == null && isForm(request.getMediaType())) {
            Cookie cookie = request.getCookies().get(cookieName);
            token = cookie == null ? null : cookie.getValue();
        }
        if (session.matchesCsrf(token)) {
            return null;
        }
        return Response.status(BAD_REQUEST).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("csrf-token-invalid", "Request refused", BAD_REQUEST,
                        "A state-changing request of a staff session needs the session's CSRF token: the hidden field "
                                + "of the page's form, or the " + headerName + " header. Reload the page and send it again.",
                        request.getUriInfo().getRequestUri().getRawPath()))
                .build();
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
