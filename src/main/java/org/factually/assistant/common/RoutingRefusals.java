package org.factually.assistant.common;

import io.quarkus.security.AuthenticationException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives the router's own refusals the one problem format: Vert.x Web fails an HTTP/1.1 request without {@code Host}
 * (or a path that does not start with "/") with a bare 400 before any filter runs, and a {@link ProblemException}
 * that reaches the router (the form login's refusal of a malformed form) gets its own problem.
 * <p>
 * Some refusals happen before the router and stay a bodiless 4xx, because no application code is called for them:
 * Quarkus' root HTTP handler ends with a bare 400 a request whose URI {@code java.net.URI} cannot parse (a malformed
 * or incomplete percent-escape in the path or query, such as {@code /%zz}), before the router (only the system
 * property {@code vertx.disableURIValidation} turns that check off, and it stays on); Netty's HTTP decoder refuses a
 * request line over {@code quarkus.http.limits.max-initial-line-length} (414), headers over {@code max-header-size}
 * (431) and a request line that is none (400), answered by the server's invalid-request handler, which Vert.x takes
 * when the server starts listening and Quarkus never sets; and a malformed chunk ends the connection.
 */
@ApplicationScoped
public class RoutingRefusals {

    // After the login throttle's and the outage's failure handlers (Integer.MIN_VALUE and + 1).
    private static final int ORDER = Integer.MIN_VALUE + 2;

    void register(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ProblemException problem = problemIn(ctx.failure());
        if (problem != null) {
            reply(ctx, problem.problem(rawPath(ctx)));
        } else if (ctx.statusCode() == HttpStatus.BAD_REQUEST && !(ctx.failure() instanceof AuthenticationException)) {
            reply(ctx, Problem.of("malformed-request", "Bad Request", HttpStatus.BAD_REQUEST,
                    "The request cannot be routed: it has no Host header, or its path does not start with \"/\".",
                    rawPath(ctx)));
        } else {
            ctx.next();
        }
    }

    private static ProblemException problemIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException found) {
                return found;
            }
        }
        return null;
    }

    private static String rawPath(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static void reply(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
