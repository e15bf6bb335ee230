package org.factually.assistant.partner;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.factually.assistant.common.GroupCommit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Authenticates a key and counts its request against its rate limit and daily quota, in PostgreSQL
 * (function {@code api_key_admit_all}, migration V22_1), so that all instances sharing the database share the limits.
 * The requests that arrive while one admission runs are admitted together by the next ({@link GroupCommit}): one
 * statement outside any application transaction, one lock and one update per key, whatever the number of requests.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String ADMIT_ALL = "SELECT * FROM api_key_admit_all(?, make_interval(secs => ?), ?) ORDER BY ord";

    private final DataSource dataSource;
    private final PartnerConfig config;
    private final Clock clock;
    private final GroupCommit<String, Admission> admissions;

    @Inject
    public RateLimiter(AgroalDataSource dataSource, PartnerConfig config, Clock clock) {
        this((DataSource) dataSource, config, clock);
    }

    /** Not started, as in tests: each request is admitted on its own, on its caller's thread. */
    public RateLimiter(DataSource dataSource, PartnerConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.admissions = new GroupCommit<>("key-admission", config.admissionBatch(), this::admitAll);
    }

    void start(@Observes StartupEvent event) {
        admissions.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        admissions.stop();
    }

    public Admission admit(String key) {
        return admissions.submit(key);
    }

    /**
     * Admits the requests made with these keys, in this order: each gets the verdict it would have got had they been
     * admitted one after the other, at the time of the call.
     */
    List<Admission> admitAll(List<String> keys) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement admit = c.prepareStatement(ADMIT_ALL)) {
            admit.setArray(1, c.createArrayOf("text", keys.stream().map(ApiKeys::hash).toArray()));
            admit.setDouble(2, config.rateWindow().toMillis() / 1000.0);
            admit.setObject(3, now);
            List<Admission> admitted = new ArrayList<>(keys.size());
            try (ResultSet r = admit.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime retryAt = r.getObject("retry_at", OffsetDateTime.class);
                    admitted.add(new Admission(Admission.Verdict.of(r.getString("verdict")), r.getObject("key_ref", Long.class),
                            r.getString("partner_name"), r.getObject("window_limit", Integer.class),
                            r.getObject("window_remaining", Integer.class), retryAt == null ? null : retryAt.toInstant(),
                            r.getObject("day_quota", Integer.class), r.getObject("day_remaining", Integer.class)));
                }
            }
            return admitted;
        } catch (SQLException e) {
            throw new IllegalStateException("the rate limiter could not reach the database", e);
        }
    }
}
