package org.factually.assistant.accounts;

import java.time.Instant;

/** A newsroom account as shown to admins: never its password hash. */
public record Account(long id, String username, String role, Instant createdAt, Instant disabledAt) {

    public boolean disabled() {
        return disabledAt != null;
    }

    static Account of(EditorUser user) {
        return new Account(user.id, user.username, user.role, user.createdAt, user.disabledAt);
    }
}
