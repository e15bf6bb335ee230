package org.factually.assistant.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The login page (its form posts to Quarkus' {@code j_security_check}) and logout. */
@Path("/")
public class LoginResource {

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut);
    }

    private final SecurityIdentity identity;

    public LoginResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("failed") boolean failed, @QueryParam("loggedOut") boolean loggedOut) {
        return Templates.login(failed, loggedOut);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/login?loggedOut=true")).build();
    }
}
