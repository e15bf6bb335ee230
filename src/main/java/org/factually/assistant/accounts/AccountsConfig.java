package org.factually.assistant.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
