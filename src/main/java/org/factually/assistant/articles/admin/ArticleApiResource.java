package org.factually.assistant.articles.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.factually.assistant.accounts.Roles;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/**
 * Article uploads and withdrawals for newsroom staff (HTTP basic with an editor account, or the login's session
 * cookie): the raw file as the body, its name in {@code ?filename=}. Forms are not accepted here, so that no other
 * site can post one with a browser's credentials. Partners read articles through {@code ArticleResource}.
 */
@Path("/api/v1/articles")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApiResource {

    private final ArticleAdminService articles;

    public ArticleApiResource(ArticleAdminService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response upload(@QueryParam("filename") String filename, byte[] content) {
        ArticleUpload upload = articles.upload(filename, content);
        Response.ResponseBuilder reply = "added".equals(upload.outcome())
                ? Response.created(URI.create("/editor/articles/" + upload.articleId())) : Response.ok();
        return reply.entity(upload).build();
    }

    @POST
    @Path("{id}/withdraw")
    public ManagedArticle withdraw(@RestPath String id) {
        articles.withdraw(id);
        return articles.summary(id);
    }
}
