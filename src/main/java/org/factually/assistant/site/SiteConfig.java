package org.factually.assistant.site;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/** The reader page: how dates are shown, how much a client may ask. */
@ConfigMapping(prefix = "site")
public interface SiteConfig {

    /** Time zone in which the page shows when a question was asked. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /**
     * The site's public address, such as {@code https://factually.example/}. Set, the ClaimReview JSON-LD links to
     * the article with an absolute URL, as search engines and fact-check tools require; unset, the link is relative
     * to the page (this service cannot know under which name a proxy publishes it).
     */
    Optional<URI> publicUrl();

    /** How many of the most recently checked articles the ask page lists. */
    @WithDefault("5")
    int latestArticles();

    RateLimit rateLimit();

    interface RateLimit {
        /** Questions and feedback one client address may send per minute (POST /ask, GET /ask, /site/answers, feedback). */
        @WithDefault("30")
        int requestsPerMinute();

        /** Pages one client address may open per minute (/, /answers/{id}, /articles/{id}). */
        @WithDefault("120")
        int pagesPerMinute();

        /**
         * Whether the service runs behind a reverse proxy that appends the client's address to X-Forwarded-For.
         * Only then is that header believed (its last entry, the one the proxy wrote); otherwise anyone could
         * escape the limit by sending a different header with every request.
         */
        @WithDefault("false")
        boolean trustForwardedFor();
    }
}
