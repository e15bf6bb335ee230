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
        static native TemplateInstance list(List<ManagedArticle> articles, ArticleUpload uploaded, ManagedArticle withdrawn,
                                            ManagedArticle restored, String error);

        static native TemplateInstance withdraw(ManagedArticle article);

        static native TemplateInstance article(ManagedArticle article, List<ArticlePassage> passages);
    }

    static final String CONFIRMED = "withdraw";

    private final ArticleAdminService articles;

    public ArticlePagesResource(ArticleAdminService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance list(@QueryParam("uploaded") String uploaded, @QueryParam("outcome") String outcome,
                                 @QueryParam("passages") Integer passages, @QueryParam("withdrawn") String withdrawn,
                                 @QueryParam("restored") String restored) {
        ArticleUpload upload = uploaded == null ? null : new ArticleUpload(uploaded, outcome, passages == null ? 0 : passages);
        return Templates.list(articles.list(), upload, withdrawn == null ? null : articles.summary(withdrawn),
                restored == null ? null : articles.summary(restored), null);
    }

    /** Asks the editor to confirm a withdrawal, saying what it does and that it can be undone. */
    @GET
    @Path("{id}/withdraw")
    public TemplateInstance confirmWithdrawal(@RestPath String id) {
        return Templates.withdraw(articles.summary(id));
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
                    .entity(Templates.list(articles.list(), null, null, null, "Upload refused: " + e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath String id, @RestForm String confirm) {
        // Only the confirmation page sends the confirmation; any other withdraw form leads to that page first.
        if (!CONFIRMED.equals(confirm)) {
            return Response.seeOther(UriBuilder.fromPath("/editor/articles/{id}/withdraw").build(id)).build();
        }
        articles.withdraw(id);
        return Response.seeOther(UriBuilder.fromPath("/editor/articles").queryParam("withdrawn", id).build()).build();
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath String id) {
        try {
            articles.restore(id);
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw e;
            }
            return Response.status(e.status()).type(MediaType.TEXT_HTML)
                    .entity(Templates.list(articles.list(), null, null, null, "Undo refused: " + e.getMessage())).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/editor/articles").queryParam("restored", id).build()).build();
    }
}
