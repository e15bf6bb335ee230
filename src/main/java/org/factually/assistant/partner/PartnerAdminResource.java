package org.factually.assistant.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factually.assistant.common.Problem;
import org.factually.assistant.common.ProblemException;

import java.util.List;

/** Admins manage partner keys and read their usage. Staff endpoints: authenticated by login, no API key. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Admin", description = "Partner keys and usage, for the newsroom's admins (login with role admin; no API key)")
public class PartnerAdminResource {

    private final PartnerKeyService keys;
    private final PartnerUsageService usage;
    private final PartnerConfig config;

    public PartnerAdminResource(PartnerKeyService keys, PartnerUsageService usage, PartnerConfig config) {
        this.keys = keys;
        this.usage = usage;
        this.config = config;
    }

    @POST
    @Path("/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key for a partner", description = "The reply is the only time the key is shown; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Key created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedKey.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON body {\"partner\": \"...\"} is required") KeyRequest request, UriInfo uri) {
        CreatedKey created = keys.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/keys")
    @Operation(summary = "List every key, revoked ones included")
    public List<KeyView> list() {
        return keys.list();
    }

    @DELETE
    @Path("/keys/{id}")
    @Operation(summary = "Revoke a key", description = "From now on the key gets 401. Revoking a revoked key changes nothing.")
    @APIResponse(responseCode = "200", description = "The key, revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id).orElseThrow(() -> ProblemException.notFound("No API key " + id + "."));
    }

    @GET
    @Path("/usage")
    @Operation(summary = "Usage per key per UTC day",
            description = "Admitted requests, questions, unknown answers and their rate, and 429s, newest day first.")
    public List<UsageDay> usage(@QueryParam("days") @Min(1) Integer days, @QueryParam("keyId") Long keyId) {
        if (days != null && days > config.maxUsageDays()) {
            throw ProblemException.badRequest("invalid-parameter", "days: must be at most " + config.maxUsageDays());
        }
        return usage.usage(days != null ? days : config.usageDays(), keyId);
    }
}
