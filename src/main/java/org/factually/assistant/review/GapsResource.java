package org.factually.assistant.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.factually.assistant.accounts.Roles;

import java.util.List;

/** The content-gaps page and its CSV export. */
@Path("/editor")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GapsResource {

    static final String CSV = "text/csv";

    @CheckedTemplate(basePath = "review")
    static class Templates {
        static native TemplateInstance gaps(List<GapTopic> topics, int window);
    }

    private final ContentGaps gaps;
    private final ReviewConfig config;

    public GapsResource(ContentGaps gaps, ReviewConfig config) {
        this.gaps = gaps;
        this.config = config;
    }

    @GET
    @Path("gaps")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.gaps(gaps.topics(), config.gapsWindow());
    }

    @GET
    @Path("gaps.csv")
    @Produces(CSV)
    public Response csv() {
        return Response.ok(GapsCsv.of(gaps.topics()), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"content-gaps.csv\"").build();
    }
}
