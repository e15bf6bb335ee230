package org.factually.assistant.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "accounts")
public interface AccountsConfig {

    /** The first admin, created at start-up when no admin exists yet (ADMIN_USER); never a default in the repository. */
    Optional<String> firstAdminUsername();

    /** The first admin's password (ADMIN_PASSWORD); only its bcrypt hash is stored. */
    Optional<String> firstAdminPassword();

    /** Shortest password accepted for an account. */
    @WithDefault("12")
    int minPasswordLength();

    /** bcrypt cost factor (log2 of the rounds) of new password hashes. */
    @WithDefault("12")
    int bcryptCost();

    /**
     * Mark the session and CSRF cookies {@code Secure} even when the request reached the service over plain HTTP,
     * as behind a proxy that terminates TLS. Requests that arrive over HTTPS get {@code Secure} cookies anyway.
     */
    @WithDefault("false")
    boolean forceSecureCookies();

    /**
     * Absolute lifetime of a staff session, however often it is used: a working day and a half, after which the
     * editor logs in again. (quarkus.http.auth.form.timeout ends a session sooner when it is left idle.)
     */
    @WithDefault("PT12H")
    Duration sessionLifetime();

    /** Throttling of failed logins, form and HTTP basic alike. */
    Login login();

    interface Login {
        /**
         * Failed attempts an account may have in one window before its logins are refused until the window ends.
         * NIST SP 800-63B allows at most 100 in a row; ten per window keeps online guessing at a few hundred a day.
         */
        @WithDefault("10")
        int maxFailuresPerAccount();

        /** Failed attempts from one client address per window, over all accounts (a newsroom may share an address). */
        @WithDefault("50")
        int maxFailuresPerAddress();

        /** The window, which starts at a subject's first failure. */
        @WithDefault("PT15M")
        Duration failureWindow();
    }
}
