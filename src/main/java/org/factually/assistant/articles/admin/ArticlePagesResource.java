package org.factually.assistant.articles.admin;

import org.factually.assistant.articles.ArticlePassage;
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
import org.factually.assistant.accounts.Roles;
import org.factually.assistant.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The editors' article pages: the list with an upload form, an article's passages, and withdrawal. */
@Path("/editor/articles")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ArticlePagesResource {

    @CheckedTemplate(basePath = "articles")
    static class Templates {
        static native TemplateInstance list(List<ManagedArticle> articles, ArticleUpload uploaded, String withdrawn, String error);

        static native TemplateInstance article(ManagedArticle article, List<ArticlePassage> passages);
    }

    private final ArticleAdminService articles;

    public ArticlePagesResource(ArticleAdminService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance list(@QueryParam("uploaded") String uploaded, @QueryParam("outcome") String outcome,
                                 @QueryParam("passages") Integer passages, @QueryParam("withdrawn") String withdrawn) {
        ArticleUpload upload = uploaded == null ? null : new ArticleUpload(uploaded, outcome, passages == null ? 0 : passages);
        return Templates.list(articles.list(), upload, withdrawn, null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance article(@RestPath String id) {
        return Templates.article(articles.summary(id), articles.passages(id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        try {
            if (file == null) {
                throw ProblemException.badRequest("file-required", "choose an article file to upload");
            }
            ArticleUpload upload = articles.upload(file.fileName(), Files.readAllBytes(file.uploadedFile()));
            return Response.seeOther(UriBuilder.fromPath("/editor/articles").queryParam("uploaded", upload.articleId())
                    .queryParam("outcome", upload.outcome()).queryParam("passages", upload.passages()).build()).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML)
                    .entity(Templates.list(articles.list(), null, null, e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath String id) {
        articles.withdraw(id);
        return Response.seeOther(UriBuilder.fromPath("/editor/articles").queryParam("withdrawn", id).build()).build();
    }
}
