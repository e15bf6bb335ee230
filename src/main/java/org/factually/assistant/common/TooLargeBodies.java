package org.factually.assistant.common;

import io.quarkus.vertx.web.RouteFilter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a request whose declared body is larger than the service accepts, with a problem reply.
 * (Vert.x's own quarkus.http.limits.max-body-size stays as the outer guard for undeclared lengths.)
 */
@ApplicationScoped
public class TooLargeBodies {

    @ConfigMapping(prefix = "api")
    public interface ApiLimits {
        /** Largest request body accepted, in bytes; an article upload is the largest legitimate body. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    // Runs before every other filter and before the body is read.
    private static final int FIRST = 10_000;

    private final ApiLimits limits;

    public TooLargeBodies(ApiLimits limits) {
        this.limits = limits;
    }

    @RouteFilter(FIRST)
    void refuseLargeBodies(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && isLarger(length)) {
            Problem problem = Problem.of("payload-too-large", "Request body too large", HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + limits.maxBodyBytes() + " bytes.", ctx.request().path());
            ctx.response().setStatusCode(HttpStatus.PAYLOAD_TOO_LARGE)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
            return;
        }
        ctx.next();
    }

    private boolean isLarger(String length) {
        try {
            return Long.parseLong(length.strip()) > limits.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
