package org.factually.assistant.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, no free connection) from any
 * other: such a request is answered 503 {@code /problems/unavailable} with {@code Retry-After} and one log line,
 * not a 500 with a stack trace per request.
 */
public final class DatabaseOutages {

    @ConfigMapping(prefix = "outage")
    public interface OutageConfig {
        /**
         * Retry-After sent while the database is out of reach. A PostgreSQL restart takes a few seconds and the
         * connection pool reconnects on the next request, so clients come back soon after.
         */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or not yet accepting.
    private static final String CONNECTION_CLASS = "08";
    private static final String SHUTDOWN_CLASS = "57P0";
    // Agroal's message when no connection could be had within the acquisition timeout ("Sorry, acquisition timeout!").
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private static final int SERVICE_UNAVAILABLE = 503;

    private DatabaseOutages() {
    }

    /** Whether the failure, a cause or a suppressed failure of one (a commit's, say) says the database is out of reach. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith(SHUTDOWN_CLASS))
                    || sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT))) {
                return true;
            }
            if (Arrays.stream(t.getSuppressed()).anyMatch(DatabaseOutages::isOutage)) {
                return true;
            }
        }
        return false;
    }

    public static Problem problem(String instance) {
        return Problem.of("unavailable", "Service unavailable", SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now: retry after the Retry-After seconds.", instance);
    }

    /** The innermost message, for the one log line of an outage. */
    public static String reason(Throwable failure) {
        Throwable inner = failure;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        // PostgreSQL's messages carry "Where:" lines: one log line means one line.
        String message = inner.getMessage() == null ? "" : inner.getMessage().replaceAll("\\s*\\R\\s*", " ");
        return inner.getClass().getSimpleName() + ": " + message;
    }
}
