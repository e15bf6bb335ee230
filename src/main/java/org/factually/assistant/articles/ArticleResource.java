package org.factually.assistant.articles;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factually.assistant.common.ProblemException;

/** The articles, for partners. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The fact-check articles answers are drawn from")
public class ArticleResource {

    private final ArticleCatalog catalog;
    private final ArticlesConfig config;

    public ArticleResource(ArticleCatalog catalog, ArticlesConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    @GET
    @Operation(summary = "List articles, most recently checked first", description = "Paginated: `page` from 0, `size` articles per page.")
    public ArticlePage list(@QueryParam("page") @Parameter(description = "Page number, from 0") @Min(0) Integer page,
                            @QueryParam("size") @Parameter(description = "Articles per page (at most 100 by default)") @Min(1) Integer size) {
        int perPage = size != null ? size : config.pageSize();
        if (perPage > config.maxPageSize()) {
            throw ProblemException.badRequest("invalid-parameter", "size: must be at most " + config.maxPageSize());
        }
        int pageNumber = page != null ? page : 0;
        // The first row of the page must be a number the database can take: far beyond the last article anyway.
        if ((long) pageNumber * perPage > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("invalid-parameter", "page: " + pageNumber + " is far beyond the last page");
        }
        return catalog.page(pageNumber, perPage);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its passages and follow-up questions")
    public ArticleDetail get(@PathParam("id") @Parameter(description = "Article id, as in a citation's articleId") String id) {
        return catalog.find(id).orElseThrow(() -> ProblemException.notFound("No article " + id + "."));
    }
}
