package org.factually.assistant.site;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Refuses a client that exceeded its budget on a {@link RateLimited} route with 429 and Retry-After: a page
 * saying so in plain words for the HTML routes, a problem+json body for the JSON ones.
 */
public class SiteRateLimitFilter {


    private final ClientRateLimiter limiter;
    private final SiteConfig config;
    private final SiteTexts texts;

    public SiteRateLimitFilter(ClientRateLimiter limiter, SiteConfig config, SiteTexts texts) {
        this.limiter = limiter;
        this.config = config;
        this.texts = texts;
    }

    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        RateLimited limited = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            return null;
        }
        OptionalLong retryAfter = limiter.acquire(limited.value(), ClientAddress.of(request, config.rateLimit().trustForwardedFor()));
        if (retryAfter.isEmpty()) {
            return null;
        }
        Response.ResponseBuilder refused = Response.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", retryAfter.getAsLong());
        if (producesJson(resource)) {
            return refused.type(Problem.MEDIA_TYPE)
                    .entity(Problem.of("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS, texts.tooManyRequests(),
                            uri.getRequestUri().getRawPath()))
                    .build();
        }
        String page = SitePages.error(new ErrorPage(HttpStatus.TOO_MANY_REQUESTS, texts.tooManyRequests())).render();
        return refused.type(SiteResource.HTML).entity(page).build();
    }

    private static boolean producesJson(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces != null && Arrays.stream(produces.value()).anyMatch(t -> t.startsWith(MediaType.APPLICATION_JSON));
    }
}
