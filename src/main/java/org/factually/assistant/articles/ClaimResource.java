package org.factually.assistant.articles;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Texts;

/** The claims the articles review, for partners: a search in the shape of Google Fact Check Tools' claims:search. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims the fact-check articles review, with their verdicts")
public class ClaimResource {

    // As long as a question may be: a search is a claim, not a document.
    private static final int MAX_QUERY_LENGTH = 1000;

    private final ClaimSearch search;
    private final ArticlesConfig config;

    public ClaimResource(ClaimSearch search, ArticlesConfig config) {
        this.search = search;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search the reviewed claims",
            description = "Full-text search of the claims and their claimants, best match first; paginated by `page` from 0 and `size`.")
    public ClaimSearchPage search(@QueryParam("q") @Parameter(description = "Words of the claim or the claimant", required = true,
                                          example = "Medicaid expansion Florida") String q,
                                  @QueryParam("page") @Parameter(description = "Page number, from 0") @Min(0) Integer page,
                                  @QueryParam("size") @Parameter(description = "Claims per page (at most 100 by default)") @Min(1) Integer size) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("invalid-parameter", "q: must be a non-empty search");
        }
        if (q.length() > MAX_QUERY_LENGTH || Texts.hasControlCharacters(q)) {
            throw ProblemException.badRequest("invalid-parameter",
                    "q: must be at most " + MAX_QUERY_LENGTH + " characters without control characters");
        }
        int perPage = size != null ? size : config.pageSize();
        if (perPage > config.maxPageSize()) {
            throw ProblemException.badRequest("invalid-parameter", "size: must be at most " + config.maxPageSize());
        }
        return search.search(q.strip(), page != null ? page : 0, perPage);
    }
}
