package org.factually.assistant.operations;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.web.RouteFilter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.factually.assistant.common.Problem;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Graceful shutdown. SIGTERM starts Quarkus' pre-shutdown, where this bean hears {@link ShutdownDelayInitiatedEvent}:
 * from then on readiness is DOWN and every new request (but health checks) gets 503 {@code /problems/unavailable}
 * with {@code Retry-After}; the shutdown thread waits here until the requests already in flight have finished (at
 * most {@code draining.timeout}), keeps answering 503 for {@code draining.delay} so that a load balancer sees
 * readiness DOWN, and then closes the HTTP listener itself, so that later connections are refused. (Left to Vert.x'
 * own close, the worker event loops stop before the acceptor does, and the connections accepted in between are cut.)
 */
@Readiness
@ApplicationScoped
public class Draining implements HealthCheck {

    @ConfigMapping(prefix = "draining")
    public interface DrainingConfig {
        /** Retry-After sent to new requests while the instance shuts down: another instance, or this one restarted, takes them. */
        @WithDefault("PT2S")
        Duration retryAfter();

        /**
         * Longest wait for the requests in flight at SIGTERM. The slowest question takes about a second on an idle
         * machine and a few seconds with 50 clients on two cores (scripts/shutdown-check.sh), so 30 s leaves room.
         */
        @WithDefault("PT30S")
        Duration timeout();

        /** How long new requests still get 503 after the requests in flight are done, before the port closes. */
        @WithDefault("PT3S")
        Duration delay();
    }

    private static final Logger LOG = Logger.getLogger(Draining.class);
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final String HEALTH = "/q/health";
    private static final String NAME = "shutdown";
    // Before every other filter: a draining instance does no work for a new request.
    private static final int FIRST = 20_000;

    private final DrainingConfig config;
    private final Vertx vertx;
    private final Object inFlightChanged = new Object();
    private volatile boolean draining;
    private int inFlight;

    public Draining(DrainingConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) throws InterruptedException {
        draining = true;
        LOG.info("shutting down: readiness is DOWN, new requests get 503, waiting for the requests in flight");
        long deadline = System.nanoTime() + config.timeout().toNanos();
        synchronized (inFlightChanged) {
            while (inFlight > 0 && System.nanoTime() < deadline) {
                inFlightChanged.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            LOG.infof("shutting down: %d requests still in flight", inFlight);
        }
        Thread.sleep(config.delay().toMillis());
        closeListener();
    }

    // The HTTP server lives in Quarkus' verticle deployment: undeploying it closes the listening socket (on the
    // acceptor's event loop, a few milliseconds after the undeployment reports done).
    private void closeListener() throws InterruptedException {
        for (String deployment : Set.copyOf(vertx.deploymentIDs())) {
            try {
                vertx.undeploy(deployment).toCompletionStage().toCompletableFuture()
                        .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("shutting down: the HTTP listener did not close: %s", e.getMessage());
            }
        }
        LOG.info("shutting down: the HTTP port is closed");
    }

    @RouteFilter(FIRST)
    void refuseWhileDraining(RoutingContext ctx) {
        if (ctx.normalizedPath().startsWith(HEALTH)) {
            ctx.next();
            return;
        }
        synchronized (inFlightChanged) {
            if (!draining) {
                inFlight++;
                ctx.addEndHandler(ended -> finished());
                ctx.next();
                return;
            }
        }
        Problem problem = Problem.of("unavailable", "Service unavailable", SERVICE_UNAVAILABLE,
                "This instance is shutting down: retry after the Retry-After seconds.", ctx.normalizedPath());
        ctx.response().setStatusCode(SERVICE_UNAVAILABLE).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(config.retryAfter().toSeconds()))
                .putHeader("Connection", "close").end(Json.encode(problem));
    }

    private void finished() {
        synchronized (inFlightChanged) {
            inFlight--;
            inFlightChanged.notifyAll();
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(!draining).build();
    }
}
