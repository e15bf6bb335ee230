package org.factually.assistant.common;

import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.ForbiddenExceptionMapper;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Staff endpoints under /api answer a caller who is not logged in, or lacks the role, with a problem like every
 * other API error. Pages keep Quarkus's own handling, which sends a browser to the login form.
 */
public class SecurityProblems {

    private static final String API_PATH = "/api/";

    private final UnauthorizedExceptionMapper pageUnauthorized = new UnauthorizedExceptionMapper();
    private final ForbiddenExceptionMapper pageForbidden = new ForbiddenExceptionMapper();

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith(API_PATH)) {
            return pageUnauthorized.handle(ctx);
        }
        return Uni.createFrom().item(ProblemMappers.reply(Problem.of("login-required", "Unauthorized", HttpStatus.UNAUTHORIZED,
                "This endpoint is for newsroom staff: log in first.", ctx.request().path())));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith(API_PATH)) {
            return pageForbidden.toResponse(e);
        }
        return ProblemMappers.reply(Problem.of("forbidden", "Forbidden", HttpStatus.FORBIDDEN,
                "Your account does not have the role this endpoint needs.", ctx.request().path()));
    }
}
