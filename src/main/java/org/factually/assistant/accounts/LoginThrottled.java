package org.factually.assistant.accounts;

import java.time.Instant;

/**
 * Why a login was refused without checking the password: the account or the address failed too often. Carried as
 * the cause of the {@code AuthenticationFailedException} (a final class), where {@link ThrottledLogins} finds it.
 */
public class LoginThrottled extends RuntimeException {

    private final Instant retryAt;

    public LoginThrottled(Instant retryAt) {
        super("too many failed logins");
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
