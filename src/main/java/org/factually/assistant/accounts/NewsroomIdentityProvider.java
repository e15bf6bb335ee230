package org.factually.assistant.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.StrictBodies;
import org.factually.assistant.common.UnicodeText;

import java.util.Optional;

/**
 * Checks a user name and password against the newsroom accounts, for the login form and for API clients
 * using basic authentication. Both are throttled alike ({@link LoginThrottle}), before the password is hashed.
 * A login form must also carry the CSRF token of the page it was served with; a successful one starts a
 * server-side session ({@link StaffSessions}) bound to that token.
 */
@ApplicationScoped
public class NewsroomIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountService accounts;
    private final LoginForms loginForms;
    private final LoginThrottle throttle;
    private final StaffSessions sessions;
    private final AccountsConfig config;

    public NewsroomIdentityProvider(AccountService accounts, LoginForms loginForms, LoginThrottle throttle,
                                    StaffSessions sessions, AccountsConfig config) {
        this.accounts = accounts;
        this.loginForms = loginForms;
        this.throttle = throttle;
        this.sessions = sessions;
        this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean loginForm = routing != null && loginForms.isLoginPost(routing);
        if (loginForm && !loginForms.carriesCsrfToken(routing)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("login form without its CSRF token"));
        }
        // Vert.x decoded the form leniently: a name or password it repaired is refused, not tried.
        if (loginForm && !StrictBodies.isStrictLoginForm(routing)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed login form", StrictBodies.malformedForm()));
        }
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        // No account name holds a control character, and PostgreSQL cannot even compare one holding NUL.
        if (username == null || UnicodeText.hasControlCharacter(username) || UnicodeText.hasLoneSurrogate(username)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a user name"));
        }
        String address = routing == null || routing.request().remoteAddress() == null
                ? "unknown" : routing.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> {
            throttle.blockedUntil(username, address).ifPresent(until -> {
                throw new AuthenticationFailedException("too many failed logins", new LoginThrottled(until));
            });
            Optional<String> role = accounts.verify(username, password);
            if (role.isEmpty()) {
                throttle.failed(username, address);
                throw new AuthenticationFailedException("wrong user name or password");
            }
            throttle.succeeded(username);
            if (loginForm) {
                startSession(routing, username);
            }
            return identity(username, role.get());
        });
    }

    private void startSession(RoutingContext routing, String username) {
        String id = sessions.start(username, loginForms.csrfToken(routing));
        routing.response().addCookie(Cookie.cookie(StaffSessions.COOKIE, id).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setMaxAge(config.sessionLifetime().toSeconds()));
    }

    static SecurityIdentity identity(String username, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role)
                .build();
    }
}
