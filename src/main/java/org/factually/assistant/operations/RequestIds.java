package org.factually.assistant.operations;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well formed, a new UUID otherwise.
 * The id is in the log context of everything logged for the request ({@code %X{requestId}}), in one access line
 * per request, and in the reply's headers, problem replies included.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger LOG = Logger.getLogger(RequestIds.class);
    // Safe to echo in a header and a log line: no spaces, quotes or control characters, bounded length.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    // Runs before every other filter, so that even a refused oversized body carries the id.
    private static final int BEFORE_ALL = 20_000;

    @RouteFilter(BEFORE_ALL)
    void identify(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        long started = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        ctx.addEndHandler(done -> {
            MDC.put(MDC_KEY, id);
            LOG.infof("%s %s %d %d ms", method, path, ctx.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        });
        ctx.next();
    }
}
