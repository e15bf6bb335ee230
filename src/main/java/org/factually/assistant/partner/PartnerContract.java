package org.factually.assistant.partner;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.factually.assistant.common.Problem;
import org.factually.assistant.operations.RequestIds;

import java.util.List;
import java.util.Map;

/**
 * What every /api/v1 operation has in common, written into the OpenAPI document once instead of on each resource:
 * the X-API-Key scheme with its 401 and 429 replies and RateLimit headers on partner operations (those without a staff
 * security requirement), X-Request-Id on every operation, and problem+json bodies with examples for every error.
 * Operations other developers add are covered as soon as they exist.
 */
public class PartnerContract implements OASFilter {

    static final String API_KEY_SCHEME = "ApiKey";
    private static final String API_PATH = "/api/v1/";
    private static final String PROBLEM_SCHEMA = "Problem";

    private record Example(String status, String description, String slug, String title, String detail) {
    }

    private static final Example BAD_REQUEST = new Example("400", "Invalid request: the problem's detail says which field and why",
            "invalid-question", "Invalid request", "question: must be a non-empty string");
    private static final Example NOT_FOUND = new Example("404", "Nothing with this id",
            "not-found", "Not found", "No answer 3f2b8c1e-7d4a-4e59-9b6f-0c1d2e3f4a5b.");
    private static final Example SERVER_ERROR = new Example("500", "The service failed; retry later and quote X-Request-Id",
            "internal-error", "Internal error", "The service could not complete the request.");
    private static final List<Example> UNAUTHORIZED = List.of(
            new Example("401", "No X-API-Key header", "api-key-missing", "Unauthorized", "Send your partner API key in the X-API-Key header."),
            new Example("401", "A key this service never issued", "api-key-unknown", "Unauthorized", "The X-API-Key is not a key of this service."),
            new Example("401", "A revoked key", "api-key-revoked", "Unauthorized", "This API key has been revoked; ask for a new one."));
    private static final List<Example> TOO_MANY = List.of(
            new Example("429", "Over the rate limit", "rate-limited", "Rate limit exceeded",
                    "This key may make 60 requests in any 1 minute(s); retry after the Retry-After seconds."),
            new Example("429", "Daily quota used up", "quota-exceeded", "Daily quota exhausted",
                    "This key has used its 10000 requests for today (UTC); the quota resets at midnight UTC."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(API_KEY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(PartnerKeyFilter.API_KEY)
                .description("The partner key an admin created for your newsroom (fk_...). Sent on every /api/v1 call."));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API_PATH)) {
                item.getOperations().values().forEach(op -> complete(path, op));
            }
        });
    }

    private static void complete(String path, Operation op) {
        APIResponses responses = op.getResponses() != null ? op.getResponses() : OASFactory.createAPIResponses();
        op.setResponses(responses);
        boolean partner = op.getSecurity() == null || op.getSecurity().isEmpty();
        if (partner) {
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY_SCHEME));
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    rateLimitHeaders(response);
                }
            });
            problem(responses, "401", "Missing, unknown or revoked API key", UNAUTHORIZED)
                    .addHeader("WWW-Authenticate", header("ApiKey header=\"X-API-Key\""));
            APIResponse tooMany = problem(responses, "429", "Over the key's rate limit or daily quota", TOO_MANY);
            tooMany.addHeader(PartnerKeyFilter.RETRY_AFTER, number("Seconds to wait before the next request is admitted"));
            rateLimitHeaders(tooMany);
        }
        if (op.getRequestBody() != null || op.getParameters() != null && !op.getParameters().isEmpty()) {
            problem(responses, BAD_REQUEST.status(), BAD_REQUEST.description(), List.of(BAD_REQUEST));
        }
        if (path.contains("{")) {
            problem(responses, NOT_FOUND.status(), NOT_FOUND.description(), List.of(NOT_FOUND));
        }
        problem(responses, SERVER_ERROR.status(), SERVER_ERROR.description(), List.of(SERVER_ERROR));
        boolean hasRequestId = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> RequestIds.HEADER.equalsIgnoreCase(p.getName()));
        if (!hasRequestId) {
            op.addParameter(OASFactory.createParameter().name(RequestIds.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("Your id for this request (up to 100 of A-Z a-z 0-9 . _ -); one is made up when absent or malformed. "
                            + "Returned in the reply's X-Request-Id and written in the service's log.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[A-Za-z0-9._-]{1,100}$")));
        }
        responses.getAPIResponses().values().forEach(r -> r.addHeader(RequestIds.HEADER, header("The request's id")));
    }

    /** The error response for a status, with a problem+json body and examples, keeping a description already given. */
    private static APIResponse problem(APIResponses responses, String status, String description, List<Example> examples) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        Content content = response.getContent() != null ? response.getContent() : OASFactory.createContent();
        response.setContent(content);
        MediaType media = content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
        for (Example e : examples) {
            media.addExample(e.slug(), OASFactory.createExample().summary(e.description())
                    .value(Map.of("type", "/problems/" + e.slug(), "title", e.title(), "status", Integer.parseInt(e.status()), "detail", e.detail())));
        }
        return response;
    }

    private static void rateLimitHeaders(APIResponse response) {
        response.addHeader(PartnerKeyFilter.RATE_LIMIT_LIMIT, number("Requests allowed by the limit nearest to exhaustion (rate window or daily quota)"));
        response.addHeader(PartnerKeyFilter.RATE_LIMIT_REMAINING, number("Requests left under that limit"));
        response.addHeader(PartnerKeyFilter.RATE_LIMIT_RESET, number("Seconds until that limit frees a request"));
        response.addHeader(PartnerKeyFilter.RATE_LIMIT_POLICY, header("The key's limits: \"<rate limit>;w=<window seconds>, <daily quota>;w=86400\""));
    }

    private static Header number(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
