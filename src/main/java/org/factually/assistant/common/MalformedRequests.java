package org.factually.assistant.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before routing, what no resource can read: a path or query whose percent-encoding is malformed or does
 * not decode to strict UTF-8 (overlong forms, encoded surrogates) or that holds a control character such as NUL,
 * and a Content-Type header that is present but empty. Each gets a problem reply instead of reaching the database
 * or a parser that fails with a 500.
 */
@ApplicationScoped
public class MalformedRequests {

    // After the body-size guard, before authentication and every other filter.
    private static final int BEFORE_AUTHENTICATION = 9_500;
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final String loginPostLocation;

    public MalformedRequests(@ConfigProperty(name = "quarkus.http.auth.form.post-location") String loginPostLocation) {
        this.loginPostLocation = loginPostLocation;
    }

    @RouteFilter(BEFORE_AUTHENTICATION)
    void refuseMalformed(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        String rawPath = query < 0 ? uri : uri.substring(0, query);
        if (!isCleanText(rawPath)) {
            refuse(ctx, Problem.of("not-found", "Not found", NOT_FOUND,
                    "No resource at this address: the path is not valid percent-encoded UTF-8 text.", null));
            return;
        }
        if (query >= 0 && !isCleanText(uri.substring(query + 1))) {
            refuse(ctx, Problem.of("invalid-parameter", "Invalid request", BAD_REQUEST,
                    "The query string is not valid percent-encoded UTF-8 text without control characters.", rawPath));
            return;
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.isBlank()) {
            refuse(ctx, Problem.of("unsupported-media-type", "Unsupported Media Type", UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is empty: name the body's media type, such as application/json.", rawPath));
            return;
        }
        // Quarkus' form login reads its body itself and fails on anything but a form.
        if (ctx.request().method() == HttpMethod.POST && loginPostLocation.equals(ctx.normalizedPath()) && !isForm(contentType)) {
            refuse(ctx, Problem.of("unsupported-media-type", "Unsupported Media Type", UNSUPPORTED_MEDIA_TYPE,
                    "The login form is sent as application/x-www-form-urlencoded.", rawPath));
            return;
        }
        ctx.next();
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
    }

    private static boolean isCleanText(String raw) {
        String decoded = UnicodeText.decodePercent(raw);
        return decoded != null && !UnicodeText.hasControlCharacter(decoded);
    }

    private static void refuse(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }
}
