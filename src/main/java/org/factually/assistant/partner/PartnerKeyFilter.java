package org.factually.assistant.partner;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import org.factually.assistant.answering.QuestionStages;
import org.factually.assistant.common.CsrfExemption;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every call to a resource of {@code /api/v1/*} carries a partner's {@code X-API-Key}, except calls to staff endpoints
 * (those restricted to roles, such as the key administration), which are authenticated by login instead. Which
 * calls those are is decided on the matched resource ({@link PartnerRoutes}), whatever the path's spelling.
 * A missing, unknown or revoked key gets 401; a key over its rate limit or daily quota gets 429.
 * Admitted replies carry the key's {@code RateLimit-*} headers.
 */
public class PartnerKeyFilter {

    public static final String API_KEY = CsrfExemption.PARTNER_KEY;
    static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    static final String RATE_LIMIT_RESET = "RateLimit-Reset";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";

    private static final String ADMISSION = PartnerKeyFilter.class.getName() + ".admission";
    private static final String REQUESTS_METRIC = "assistant.partner.requests";
    private static final String NO_PARTNER = "none";

    private final RateLimiter limiter;
    private final PartnerConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final QuestionStages stages;
    private final AdmittedKey admitted;
    private final CsrfExemption exemption;

    public PartnerKeyFilter(RateLimiter limiter, PartnerConfig config, MeterRegistry metrics, Clock clock,
                            QuestionStages stages, AdmittedKey admitted, CsrfExemption exemption) {
        this.limiter = limiter;
        this.exemption = exemption;
        this.admitted = admitted;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.stages = stages;
    }

    /** A partner call carrying a key is exempt from the CSRF check; {@link #admit} then decides on the key. */
    @ServerRequestFilter(priority = CsrfExemption.BEFORE_CSRF_CHECK)
    public void exemptFromCsrf(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        if (PartnerRoutes.isPartnerCall(resource) && request.getHeaderString(API_KEY) != null) {
            exemption.exempt(request, routing);
        }
    }

    @ServerRequestFilter
    public Optional<Response> admit(ContainerRequestContext request, ResourceInfo resource) {
        if (!PartnerRoutes.isPartnerCall(resource)) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String key = request.getHeaderString(API_KEY);
        if (key == null || key.isBlank()) {
            count(NO_PARTNER, "missing");
            return Optional.of(unauthorized("api-key-missing", "Send your partner API key in the X-API-Key header.", path));
        }
        long started = System.nanoTime();
        Admission admission = limiter.admit(key.strip());
        stages.since(QuestionStages.Stage.ADMISSION, started);
        String partner = admission.partner() != null ? admission.partner() : NO_PARTNER;
        count(partner, admission.verdict().name().toLowerCase().replace('_', '-'));
        return switch (admission.verdict()) {
            case UNKNOWN -> Optional.of(unauthorized("api-key-unknown", "The X-API-Key is not a key of this service.", path));
            case REVOKED -> Optional.of(unauthorized("api-key-revoked", "This API key has been revoked; ask for a new one.", path));
            case RATE_LIMITED -> Optional.of(tooMany(admission, "rate-limited", "Rate limit exceeded",
                    "This key may make " + admission.limit() + " requests in any " + describe(config.rateWindow())
                            + "; retry after the Retry-After seconds.", path));
            case QUOTA_EXCEEDED -> Optional.of(tooMany(admission, "quota-exceeded", "Daily quota exhausted",
                    "This key has used its " + admission.dailyQuota() + " requests for today (UTC); the quota resets at midnight UTC.", path));
            case ADMITTED -> {
                request.setProperty(ADMISSION, admission);
                admitted.admit(admission.keyId());
                yield Optional.empty();
            }
        };
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(ADMISSION) instanceof Admission admission)) {
            return;
        }
        rateLimitHeaders(admission).forEach(response.getHeaders()::putSingle);
    }

    /** The limit nearest to exhaustion, as the IETF RateLimit header fields draft describes it. */
    private Map<String, Object> rateLimitHeaders(Admission a) {
        Instant now = clock.instant();
        boolean quotaNearer = a.verdict() == Admission.Verdict.QUOTA_EXCEEDED
                || a.quotaRemaining() != null && a.remaining() != null && a.quotaRemaining() < a.remaining();
        Instant midnight = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(RATE_LIMIT_LIMIT, quotaNearer ? a.dailyQuota() : a.limit());
        headers.put(RATE_LIMIT_REMAINING, quotaNearer ? a.quotaRemaining() : a.remaining());
        headers.put(RATE_LIMIT_RESET, secondsUntil(now, quotaNearer ? midnight : a.retryAt()));
        headers.put(RATE_LIMIT_POLICY, a.limit() + ";w=" + config.rateWindow().toSeconds() + ", "
                + a.dailyQuota() + ";w=" + Duration.ofDays(1).toSeconds());
        return headers;
    }

    private Response tooMany(Admission admission, String slug, String title, String detail, String path) {
        Response.ResponseBuilder reply = Response.status(HttpStatus.TOO_MANY_REQUESTS).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug, title, HttpStatus.TOO_MANY_REQUESTS, detail, path))
                .header(RETRY_AFTER, secondsUntil(clock.instant(), admission.retryAt()));
        rateLimitHeaders(admission).forEach(reply::header);
        return reply.build();
    }

    private static Response unauthorized(String slug, String detail, String path) {
        return Response.status(HttpStatus.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "ApiKey header=\"" + API_KEY + "\"")
                .entity(Problem.of(slug, "Unauthorized", HttpStatus.UNAUTHORIZED, detail, path))
                .build();
    }

    private void count(String partner, String outcome) {
        metrics.counter(REQUESTS_METRIC, "partner", partner, "outcome", outcome).increment();
    }

    /** Whole seconds, rounded up, and at least one: a client that waits exactly this long gets in. */
    private static long secondsUntil(Instant now, Instant then) {
        long millis = Duration.between(now, then).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private static String describe(Duration window) {
        return window.toSeconds() % 60 == 0 ? window.toMinutes() + " minute(s)" : window.toSeconds() + " seconds";
    }
}
