package org.factually.assistant.partner;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Authenticates a key and counts its request against its rate limit and daily quota, in PostgreSQL
 * (function {@code api_key_admit}, migration V4), so that all instances sharing the database share the limits.
 * One statement per request, outside any application transaction.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String ADMIT = "SELECT * FROM api_key_admit(?, make_interval(secs => ?), ?)";

    private final DataSource dataSource;
    private final PartnerConfig config;
    private final Clock clock;

    @Inject
    public RateLimiter(AgroalDataSource dataSource, PartnerConfig config, Clock clock) {
        this((DataSource) dataSource, config, clock);
    }

    public RateLimiter(DataSource dataSource, PartnerConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    public Admission admit(String key) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement admit = c.prepareStatement(ADMIT)) {
            admit.setString(1, ApiKeys.hash(key));
            admit.setDouble(2, config.rateWindow().toMillis() / 1000.0);
            admit.setObject(3, now);
            try (ResultSet r = admit.executeQuery()) {
                r.next();
                OffsetDateTime retryAt = r.getObject("retry_at", OffsetDateTime.class);
                return new Admission(Admission.Verdict.of(r.getString("verdict")), r.getObject("key_ref", Long.class),
                        r.getString("partner_name"), r.getObject("window_limit", Integer.class),
                        r.getObject("window_remaining", Integer.class), retryAt == null ? null : retryAt.toInstant(),
                        r.getObject("day_quota", Integer.class), r.getObject("day_remaining", Integer.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rate limiter could not reach the database", e);
        }
    }
}
