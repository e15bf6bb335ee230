package org.factually.assistant.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** What the newsroom pages' navigation may link to for the logged-in account: no link to a page it cannot open. */
@Named("staff")
@RequestScoped
public class StaffNavigation {

    private final SecurityIdentity identity;

    public StaffNavigation(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
