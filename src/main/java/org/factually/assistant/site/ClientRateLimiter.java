package org.factually.assistant.site;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Per client address, a token bucket for each budget that refills evenly over a minute. Kept in memory:
 * the reader page runs as one instance, and a restart forgiving everyone is harmless.
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** What a request spends: asking (which runs a search) and pages are counted apart. */
    public enum Budget { REQUESTS, PAGES }

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Map<Budget, Integer> perMinute;
    private final LongSupplier clock;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    private record Key(Budget budget, String client) {
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    @Inject
    public ClientRateLimiter(SiteConfig config) {
        this(Map.of(Budget.REQUESTS, config.rateLimit().requestsPerMinute(), Budget.PAGES, config.rateLimit().pagesPerMinute()),
                System::nanoTime);
    }

    /** With its own clock, for a test that does not want to wait a minute. */
    ClientRateLimiter(Map<Budget, Integer> perMinute, LongSupplier clock) {
        perMinute.forEach((budget, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("site.rate-limit for " + budget + " must be at least 1 a minute, got " + limit);
            }
        });
        this.perMinute = Map.copyOf(perMinute);
        this.clock = clock;
    }

    /**
     * Takes one request from the client's budget. Empty when it may go ahead; otherwise the whole seconds
     * after which it may try again.
     */
    public OptionalLong acquire(Budget budget, String client) {
        int limit = perMinute.get(budget);
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(new Key(budget, client), k -> new Bucket(limit, now));
        synchronized (bucket) {
            refill(bucket, limit, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToNextToken = (1 - bucket.tokens) * WINDOW_NANOS / limit;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToNextToken / TimeUnit.SECONDS.toNanos(1))));
        }
    }

    /** A bucket left alone for a minute is full again, the same as none: forgetting it bounds the memory used. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetIdleClients() {
        long now = clock.getAsLong();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().updated >= WINDOW_NANOS;
            }
        });
    }

    private static void refill(Bucket bucket, int limit, long now) {
        double earned = (double) (now - bucket.updated) * limit / WINDOW_NANOS;
        bucket.tokens = Math.min(limit, bucket.tokens + earned);
        bucket.updated = now;
    }
}
