package org.factually.assistant.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Maps every failure to one problem+json shape; never leaks class names or stack traces. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    // The message of Quarkus REST's body reader for a body over the limit (it has no type of its own).
    private static final String BODY_TOO_LARGE = "Request too large";

    private final DatabaseOutages.OutageConfig outage;

    public ProblemMappers(DatabaseOutages.OutageConfig outage) {
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return reply(Problem.of(e.slug(), e.title(), e.status(), e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMappers::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return reply(Problem.of("validation-failed", "Invalid request", 400, detail, path(uri)));
    }

    // Declared for the subtype too, so that it wins over Quarkus REST's own mapper for mismatched input.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = ((MismatchedInputException) e).getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "Field '" + field + "' has the wrong type.";
        } else if (e instanceof MismatchedInputException) {
            detail = "The request body must be a JSON object.";
        } else {
            detail = "The request body is not valid JSON in UTF-8.";
        }
        return reply(Problem.of("malformed-body", "Malformed request body", 400, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return reply(Problem.of("internal-error", "Internal error", status, "The service could not complete the request.", path(uri)));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug, title, status, detailFor(status, e), path(uri)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // What Quarkus REST throws while reading a body over quarkus.http.limits.max-body-size counted on the bytes
        // read: StrictBodies refuses a chunked HTTP/1.1 body first, so this is the guard for the others (HTTP/2).
        if (e instanceof java.io.IOException && BODY_TOO_LARGE.equals(e.getMessage())) {
            return reply(Problem.of("payload-too-large", "Request body too large", 413,
                    "The request body is larger than the service accepts.", path(uri)));
        }
        if (DatabaseOutages.isOutage(e)) {
            LOG.warnf("database unavailable, answered 503: %s", DatabaseOutages.reason(e));
            return Response.fromResponse(reply(DatabaseOutages.problem(path(uri))))
                    .header("Retry-After", outage.retryAfter().toSeconds()).build();
        }
        LOG.error("unexpected failure", e);
        return reply(Problem.of("internal-error", "Internal error", 500, "The service could not complete the request.", path(uri)));
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "The service cannot produce the requested media type.";
            case 415 -> "Send the request body as application/json.";
            default -> e.getMessage();
        };
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + ": " + v.getMessage();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    static Response reply(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
