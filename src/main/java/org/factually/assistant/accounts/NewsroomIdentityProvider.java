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
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a user name and password against the newsroom accounts, for the login form and for API clients
 * using basic authentication. A login form must also carry the CSRF token of the page it was served with.
 */
@ApplicationScoped
public class NewsroomIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountService accounts;
    private final LoginForms loginForms;

    public NewsroomIdentityProvider(AccountService accounts, LoginForms loginForms) {
        this.accounts = accounts;
        this.loginForms = loginForms;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null && loginForms.isLoginPost(routing) && !loginForms.carriesCsrfToken(routing)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("login form without its CSRF token"));
        }
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> accounts.verify(username, password)
                .map(role -> identity(username, role))
                .orElseThrow(() -> new AuthenticationFailedException("wrong user name or password")));
    }

    static SecurityIdentity identity(String username, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role)
                .build();
    }
}
