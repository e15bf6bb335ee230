package org.factually.assistant.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
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
    private final StaffSessions sessions;

    public LoginResource(SecurityIdentity identity, StaffSessions sessions) {
        this.identity = identity;
        this.sessions = sessions;
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
    public Response logout(@CookieParam(StaffSessions.COOKIE) String session) {
        // The record ends first: the old cookies are refused from now on, on every instance.
        sessions.end(session);
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/login?loggedOut=true"))
                .cookie(new NewCookie.Builder(StaffSessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
