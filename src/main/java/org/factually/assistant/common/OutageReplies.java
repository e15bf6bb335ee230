package org.factually.assistant.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A database outage met outside a REST resource (while authenticating a session, say) reaches the router's
 * failure handlers: it gets the same 503 problem with {@code Retry-After} and one log line as inside one.
 */
@ApplicationScoped
public class OutageReplies {

    private static final Logger LOG = Logger.getLogger(OutageReplies.class);

    private final DatabaseOutages.OutageConfig config;

    public OutageReplies(DatabaseOutages.OutageConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::reply);
    }

    private void reply(RoutingContext ctx) {
        if (ctx.failure() == null || !DatabaseOutages.isOutage(ctx.failure()) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        LOG.warnf("database unavailable, answered 503: %s", DatabaseOutages.reason(ctx.failure()));
        Problem problem = DatabaseOutages.problem(ctx.normalizedPath());
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(config.retryAfter().toSeconds())).end(Json.encode(problem));
    }
}
