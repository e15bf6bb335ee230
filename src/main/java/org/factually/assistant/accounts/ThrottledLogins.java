package org.factually.assistant.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.factually.assistant.common.Problem;

import java.time.Clock;
import java.time.Duration;

/**
 * Answers a login refused by {@link LoginThrottle} with 429 and {@code Retry-After}: a page for the login form,
 * a problem for HTTP basic clients. Quarkus hands a failed authentication to the router's failure handlers.
 */
@ApplicationScoped
public class ThrottledLogins {

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance throttled(long minutes);
    }

    private static final int TOO_MANY_REQUESTS = 429;
    private static final long SECONDS_PER_MINUTE = 60;

    private final LoginForms loginForms;
    private final Clock clock;

    public ThrottledLogins(LoginForms loginForms, Clock clock) {
        this.loginForms = loginForms;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        LoginThrottled throttled = throttled(ctx.failure());
        if (throttled == null || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        // Whole seconds, rounded up: a client that waits exactly this long is let in.
        long seconds = Math.max(1, (Duration.between(clock.instant(), throttled.retryAt()).toMillis() + 999) / 1000);
        ctx.response().setStatusCode(TOO_MANY_REQUESTS).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader("Cache-Control", "no-store");
        if (loginForms.isLoginPost(ctx)) {
            long minutes = (seconds + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE;
            ctx.response().putHeader("Content-Type", "text/html; charset=UTF-8").end(Templates.throttled(minutes).render());
        } else {
            ctx.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(Problem.of("login-throttled",
                    "Too many failed logins", TOO_MANY_REQUESTS,
                    "Too many failed logins for this account or from this address: retry after the Retry-After seconds.",
                    ctx.normalizedPath())));
        }
    }

    private static LoginThrottled throttled(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginThrottled found) {
                return found;
            }
        }
        return null;
    }
}
