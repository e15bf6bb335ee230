package org.factually.assistant.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the account of a session cookie, only while its server-side record is open ({@link StaffSessions}):
 * logout, a disabled account, a password reset or the absolute lifetime end it, whatever the cookie says.
 * The role is read afresh on every request, so that a changed or deleted account takes effect at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity's attribute holding its {@link StaffSessions.OpenSession}. */
    public static final String SESSION = StaffSessions.class.getName();

    private final AccountService accounts;
    private final StaffSessions sessions;

    public SessionIdentityProvider(AccountService accounts, StaffSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = routing == null ? null : routing.request().getCookie(StaffSessions.COOKIE);
        String id = cookie == null ? null : cookie.getValue();
        return context.runBlocking(() -> {
            StaffSessions.OpenSession session = sessions.find(id).filter(s -> s.username().equals(username))
                    .orElseThrow(() -> new AuthenticationFailedException("this session has ended"));
            String role = accounts.roleOf(username)
                    .orElseThrow(() -> new AuthenticationFailedException("the account of this session no longer exists"));
            return QuarkusSecurityIdentity.builder(NewsroomIdentityProvider.identity(username, role))
                    .addAttribute(SESSION, session)
                    .build();
        });
    }
}
