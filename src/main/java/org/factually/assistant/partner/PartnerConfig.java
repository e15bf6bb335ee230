package org.factually.assistant.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Partner API keys, their limits, and the key for local runs. */
@ConfigMapping(prefix = "partner")
public interface PartnerConfig {

    /** Length of the sliding rate-limit window: a key may make at most its rate limit of requests in any window this long. */
    @WithDefault("PT1M")
    Duration rateWindow();

    /** Requests per rate window of a new key when the admin gives none. */
    @WithDefault("60")
    int defaultRateLimit();

    /** Requests per UTC day of a new key when the admin gives none. */
    @WithDefault("10000")
    int defaultDailyQuota();

    /**
     * A key created (or kept) at start-up with exactly this value, for local runs, tests and evaluation
     * (environment {@code BOOTSTRAP_API_KEY}). Not for production: the value lives in the environment, not only as a hash.
     */
    Optional<String> bootstrapKey();

    /** Partner name of the bootstrap key. */
    @WithDefault("local-bootstrap")
    String bootstrapPartner();

    /** Rate limit of the bootstrap key, high enough for an evaluation run that asks its questions back to back. */
    @WithDefault("1200")
    int bootstrapRateLimit();

    /** Daily quota of the bootstrap key. */
    @WithDefault("100000")
    int bootstrapDailyQuota();

    /**
     * At most this many requests are admitted by one statement ({@link RateLimiter}); more wait for the next. It
     * bounds the statement's array only: in a 16-client burst of one key a statement admits far fewer.
     */
    @WithDefault("64")
    int admissionBatch();

    /** How many days of usage the admin usage report covers when the admin does not say. */
    @WithDefault("7")
    int usageDays();

    /** Most days of usage one report may cover. */
    @WithDefault("366")
    int maxUsageDays();
}
