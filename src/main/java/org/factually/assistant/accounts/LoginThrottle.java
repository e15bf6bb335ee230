package org.factually.assistant.accounts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins counted per account and per client address in PostgreSQL (table {@code login_throttle}), so the
 * limits hold however many instances run. A subject over its limit is refused until its window ends, and the
 * refusal is decided by one indexed read before any bcrypt work, so guessing cannot be used to exhaust the CPU.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    private static final String BLOCKED_UNTIL = """
            SELECT max(window_start + make_interval(secs => ?)) FROM login_throttle
            WHERE window_start + make_interval(secs => ?) > ?
              AND (subject = ? AND failures >= ? OR subject = ? AND failures >= ?)""";
    // A window that has ended starts again at this failure.
    private static final String FAILED = """
            INSERT INTO login_throttle AS t (subject, failures, window_start) VALUES (?, 1, ?), (?, 1, ?)
            ON CONFLICT (subject) DO UPDATE SET
              failures = CASE WHEN t.window_start + make_interval(secs => ?) <= excluded.window_start THEN 1 ELSE t.failures + 1 END,
              window_start = CASE WHEN t.window_start + make_interval(secs => ?) <= excluded.window_start
                                  THEN excluded.window_start ELSE t.window_start END""";
    private static final String SUCCEEDED = "DELETE FROM login_throttle WHERE subject = ?";

    private final AgroalDataSource dataSource;
    private final AccountsConfig config;
    private final Clock clock;

    public LoginThrottle(AgroalDataSource dataSource, AccountsConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** When the account or the address may try again, if either has used up its failed attempts. */
    public Optional<Instant> blockedUntil(String account, String address) {
        double window = windowSeconds();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(BLOCKED_UNTIL)) {
            s.setDouble(1, window);
            s.setDouble(2, window);
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.setString(4, ACCOUNT + account);
            s.setInt(5, config.login().maxFailuresPerAccount());
            s.setString(6, ADDRESS + address);
            s.setInt(7, config.login().maxFailuresPerAddress());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp until = r.getTimestamp(1);
                return Optional.ofNullable(until).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the login throttle could not reach the database", e);
        }
    }

    public void failed(String account, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        double window = windowSeconds();
        Statements.execute(dataSource, FAILED, s -> {
            s.setString(1, ACCOUNT + account);
            s.setTimestamp(2, now);
            s.setString(3, ADDRESS + address);
            s.setTimestamp(4, now);
            s.setDouble(5, window);
            s.setDouble(6, window);
        });
    }

    /** A right password forgives the account's earlier failures (not the address's). */
    public void succeeded(String account) {
        Statements.execute(dataSource, SUCCEEDED, s -> s.setString(1, ACCOUNT + account));
    }

    private double windowSeconds() {
        return config.login().failureWindow().toMillis() / 1000.0;
    }

}
