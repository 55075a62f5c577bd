package org.factdesk.api.workbench;

import java.util.Objects;

/**
 * The signed-in user a request runs as. The authentication filter puts it into the request attribute
 * {@link #ATTRIBUTE} once the session cookie (and, for a state-changing request, the CSRF token) checked out; a
 * request without it is anonymous, and every JSON endpoint other than sign-in refuses it. Decisions are recorded
 * under {@link #name()}, never under a name the request body gives.
 *
 * @param name the user's name
 * @param role the user's role at the time of the request
 */
public record Principal(String name, Role role) {
    /** The servlet request attribute that holds the principal. */
    public static final String ATTRIBUTE = "org.factdesk.api.workbench.Principal";

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the user may do what {@code required} may. */
    public boolean may(Role required) {
        return role.includes(required);
    }
}
