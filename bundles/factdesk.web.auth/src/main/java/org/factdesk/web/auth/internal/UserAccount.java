package org.factdesk.web.auth.internal;

import java.util.Objects;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;

/**
 * One user as {@code users.json} keeps it.
 *
 * @param name     the sign-in name
 * @param role     what the user may do
 * @param password the salted hash (see {@link PasswordHasher}), never the password
 * @param created  when the account was made (ISO-8601 instant)
 */
record UserAccount(String name, Role role, String password, String created) {
    UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(created, "created");
    }

    Principal principal() {
        return new Principal(name, role);
    }

    UserAccount withRole(Role newRole) {
        return new UserAccount(name, newRole, password, created);
    }

    UserAccount withPassword(String newHash) {
        return new UserAccount(name, role, newHash, created);
    }
}
