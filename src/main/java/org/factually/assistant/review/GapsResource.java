package org.factually.assistant.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.factually.assistant.accounts.Roles;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The content-gaps page and its CSV export. */
@Path("/editor")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GapsResource {

    static final String CSV = "text/csv";

    @CheckedTemplate(basePath = "review")
    static class Templates {
        static native TemplateInstance gaps(List<GapTopic> topics, int window, boolean dismissed);
    }

    private final ContentGaps gaps;
    private final ReviewConfig config;
    private final SecurityIdentity identity;

    public GapsResource(ContentGaps gaps, ReviewConfig config, SecurityIdentity identity) {
        this.gaps = gaps;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("gaps")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("dismissed") String dismissed) {
        return Templates.gaps(gaps.topics(), config.gapsWindow(), dismissed != null);
    }

    /** Dismisses a topic as off-topic: its questions leave the gaps, also when readers ask them again. */
    @POST
    @Path("gaps/off-topic")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestForm("question") List<String> questions) {
        gaps.dismissOffTopic(questions, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/editor/gaps?dismissed=1")).build();
    }

    @GET
    @Path("gaps.csv")
    @Produces(CSV)
    public Response csv() {
        return Response.ok(GapsCsv.of(gaps.topics()), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"content-gaps.csv\"").build();
    }
}
