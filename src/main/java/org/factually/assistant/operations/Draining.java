package org.factually.assistant.operations;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.web.RouteFilter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.factually.assistant.common.Problem;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Graceful shutdown. On SIGTERM Quarkus first runs its shutdown delay ({@code quarkus.shutdown.delay}), during
 * which readiness reports DOWN so that the load balancer stops sending traffic; this filter then answers every
 * new request (but health checks) with 503 and {@code Retry-After}, while requests already in flight finish
 * within {@code quarkus.shutdown.timeout}.
 */
@ApplicationScoped
public class Draining {

    @ConfigMapping(prefix = "draining")
    public interface DrainingConfig {
        /** Retry-After sent to new requests while the instance shuts down: another instance, or this one restarted, takes them. */
        @WithDefault("PT2S")
        Duration retryAfter();
    }

    private static final Logger LOG = Logger.getLogger(Draining.class);
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final String HEALTH = "/q/health";
    // Before every other filter: a draining instance does no work for a new request.
    private static final int FIRST = 20_000;

    private final DrainingConfig config;
    private volatile boolean draining;

    public Draining(DrainingConfig config) {
        this.config = config;
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
        LOG.info("shutting down: readiness is DOWN, new requests get 503, requests in flight finish");
    }

    @RouteFilter(FIRST)
    void refuseWhileDraining(RoutingContext ctx) {
        if (!draining || ctx.normalizedPath().startsWith(HEALTH)) {
            ctx.next();
            return;
        }
        Problem problem = Problem.of("unavailable", "Service unavailable", SERVICE_UNAVAILABLE,
                "This instance is shutting down: retry after the Retry-After seconds.", ctx.normalizedPath());
        ctx.response().setStatusCode(SERVICE_UNAVAILABLE).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(config.retryAfter().toSeconds()))
                .putHeader("Connection", "close").end(Json.encode(problem));
    }
}
