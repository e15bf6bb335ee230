package org.factually.assistant.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Admins create the newsroom's accounts. */
@Path("/editor/users")
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, String created, int minPasswordLength);
    }

    private final AccountService accounts;
    private final AccountsConfig config;

    public UsersResource(AccountService accounts, AccountsConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("created") String created) {
        return Templates.users(accounts.list(), created, config.minPasswordLength());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        Account account = accounts.create(username, password, role);
        return Response.seeOther(UriBuilder.fromPath("/editor/users").queryParam("created", account.username()).build()).build();
    }
}
