package org.factually.assistant.accounts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side records of staff login sessions (table {@code staff_session}): the cookie alone proves nothing once
 * its record has ended (logout, a disabled account, a password reset) or passed its absolute lifetime.
 * Only SHA-256 digests of the session id and of its CSRF token are stored.
 */
@ApplicationScoped
public class StaffSessions {

    public static final String COOKIE = "staff-session";
    private static final int ID_BYTES = 32;
    private static final String START = """
            INSERT INTO staff_session (id_hash, username, csrf_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)""";
    private static final String FIND = """
            SELECT s.username, s.csrf_hash FROM staff_session s JOIN editor_user u ON u.username = s.username
            WHERE s.id_hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND u.disabled_at IS NULL""";
    private static final String END = "UPDATE staff_session SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL";
    private static final String END_ALL = "UPDATE staff_session SET ended_at = ? WHERE username = ? AND ended_at IS NULL";

    /** An open session: whose it is and the digest of the CSRF token its forms must carry. */
    public record OpenSession(String idHash, String username, String csrfHash) {
        public boolean matchesCsrf(String token) {
            return token != null && MessageDigest.isEqual(csrfHash.getBytes(StandardCharsets.US_ASCII),
                    digest(token).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final AgroalDataSource dataSource;
    private final AccountsConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StaffSessions(AgroalDataSource dataSource, AccountsConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** Starts a session bound to the CSRF token of the login form; returns the id for the browser's cookie. */
    public String start(String username, String csrfToken) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Statements.execute(dataSource, START, s -> {
            s.setString(1, digest(id));
            s.setString(2, username);
            s.setString(3, digest(csrfToken));
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(now.plus(config.sessionLifetime())));
        });
        return id;
    }

    public Optional<OpenSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String idHash = digest(id);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND)) {
            s.setString(1, idHash);
            s.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new OpenSession(idHash, r.getString(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the staff sessions could not be read", e);
        }
    }

    public void end(String id) {
        if (id != null && !id.isEmpty()) {
            Statements.execute(dataSource, END, s -> {
                s.setTimestamp(1, Timestamp.from(clock.instant()));
                s.setString(2, digest(id));
            });
        }
    }

    /** Ends every open session of the account, on every instance at once. */
    public void endAll(String username) {
        Statements.execute(dataSource, END_ALL, s -> {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, username);
        });
    }

    static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
