package org.factually.assistant.retrieval;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The retrieval results with their scores, for partners who build their own display. */
@Path("/api/v1/passages")
@Produces(MediaType.APPLICATION_JSON)
public class PassageResource {

    private final RetrievalService retrieval;

    public PassageResource(RetrievalService retrieval) {
        this.retrieval = retrieval;
    }

    @GET
    public List<PassageHit> search(@QueryParam("q") @NotBlank(message = "is required") @Size(max = 1000) String q,
                                   @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return retrieval.search(q, limit);
    }
}
