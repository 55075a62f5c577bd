package org.factdesk.api.workbench;

import java.util.Locale;

/**
 * What a signed-in user may do. Roles are ordered: each includes every right of the roles before it.
 * <ul>
 *   <li>{@link #VIEWER} reads flags, documents, evidence, history and exports;</li>
 *   <li>{@link #EDITOR} also records review decisions;</li>
 *   <li>{@link #MAINTAINER} also re-checks hotline numbers in bulk and runs exports;</li>
 *   <li>{@link #ADMIN} also manages users.</li>
 * </ul>
 */
public enum Role {
    VIEWER, EDITOR, MAINTAINER, ADMIN;

    /** Whether this role has every right of {@code required}. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The word used in files, on the command line and in JSON: {@code viewer}, {@code editor}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the allowed words */
    public static Role fromLabel(String label) {
        for (Role r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "': use viewer, editor, maintainer or admin");
    }
}
