package org.factually.assistant.site;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Per client address, a token bucket for each budget that refills evenly over a minute, kept in PostgreSQL
 * (function {@code site_client_admit}, migration V9_3) so that the limits hold however many instances serve the
 * reader page. One statement per request.
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** What a request spends: asking (which runs a search) and pages are counted apart. */
    public enum Budget { REQUESTS, PAGES }

    private static final Duration REFILL = Duration.ofMinutes(1);
    private static final String ADMIT = "SELECT site_client_admit(?, ?, ?, ?)";
    private static final String FORGET = "DELETE FROM site_client_bucket WHERE updated <= ?";

    private final DataSource dataSource;
    private final Map<Budget, Integer> perMinute;
    private final Clock clock;

    @Inject
    public ClientRateLimiter(AgroalDataSource dataSource, SiteConfig config, Clock clock) {
        this(dataSource, Map.of(Budget.REQUESTS, config.rateLimit().requestsPerMinute(),
                Budget.PAGES, config.rateLimit().pagesPerMinute()), clock);
    }

    /** With its own limits and clock, for a test that does not want to wait a minute. */
    ClientRateLimiter(DataSource dataSource, Map<Budget, Integer> perMinute, Clock clock) {
        perMinute.forEach((budget, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("site.rate-limit for " + budget + " must be at least 1 a minute, got " + limit);
            }
        });
        this.dataSource = dataSource;
        this.perMinute = Map.copyOf(perMinute);
        this.clock = clock;
    }

    /**
     * Takes one request from the client's budget. Empty when it may go ahead; otherwise the whole seconds
     * after which it may try again.
     */
    public OptionalLong acquire(Budget budget, String client) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ADMIT)) {
            s.setString(1, budget.name());
            s.setString(2, client);
            s.setInt(3, perMinute.get(budget));
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                double wait = r.getDouble(1);
                return wait <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (long) Math.ceil(wait)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reader rate limits could not reach the database", e);
        }
    }

    /** A bucket left alone for a minute is full again, the same as none: forgetting it bounds the table. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetIdleClients() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FORGET)) {
            s.setTimestamp(1, Timestamp.from(clock.instant().minus(REFILL)));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the reader rate limits could not reach the database", e);
        }
    }
}
