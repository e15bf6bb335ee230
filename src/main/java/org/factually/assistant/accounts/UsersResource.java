package org.factually.assistant.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.factually.assistant.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.function.Supplier;

/**
 * Admins create the newsroom's accounts, disable and re-enable them, change their role and reset their password.
 * A refused form comes back as the page with the reason beside the form, never as a bare problem document.
 */
@Path("/editor/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UsersResource {

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, String done, String error, List<String> roles,
                                             int minPasswordLength);
    }

    private final AccountService accounts;
    private final AccountsConfig config;
    private final SecurityIdentity identity;

    public UsersResource(AccountService accounts, AccountsConfig config, SecurityIdentity identity) {
        this.accounts = accounts;
        this.config = config;
        this.identity = identity;
    }

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        return page(done, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        return act(() -> "Account " + accounts.create(username, password, role).username() + " created.");
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String username) {
        return act(() -> "Account " + accounts.disable(username, actor()).username() + " disabled; its sessions have ended.");
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@RestPath String username) {
        return act(() -> "Account " + accounts.enable(username, actor()).username() + " enabled.");
    }

    @POST
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@RestPath String username, @RestForm String role) {
        return act(() -> {
            Account account = accounts.changeRole(username, role, actor());
            return "Account " + account.username() + " now has the role " + account.role() + ".";
        });
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestPath String username, @RestForm String password) {
        return act(() -> "Password of " + accounts.resetPassword(username, password, actor()).username()
                + " reset; its sessions have ended.");
    }

    /** Runs an admin action: on success back to the page with what was done, otherwise the page with the reason. */
    private Response act(Supplier<String> action) {
        try {
            String done = action.get();
            return Response.seeOther(UriBuilder.fromPath("/editor/users").queryParam("done", done).build()).build();
        } catch (ProblemException refused) {
            return Response.status(refused.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(null, refused.getMessage())).build();
        }
    }

    private TemplateInstance page(String done, String error) {
        return Templates.users(accounts.list(), done, error, Roles.ALL, config.minPasswordLength());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
