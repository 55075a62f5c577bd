package org.factdesk.api.workbench;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One JSON endpoint a view brings, served at {@code /api/views/VIEW_ID/NAME}. The server answers only the
 * endpoints a view declares, only with their method, and only to users whose role includes {@link #role()};
 * a {@code POST} also needs the session's CSRF token like every state-changing request.
 *
 * @param name    the last path segment: letters, digits, {@code -} and {@code _}
 * @param method  {@code GET} for reads (no side effects), {@code POST} for actions
 * @param role    the least role that may call it
 * @param summary one line for the API listing
 */
public record ViewEndpoint(String name, String method, Role role, String summary) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ViewEndpoint {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("endpoint name must be 1-64 letters, digits, '-' or '_': " + name);
        }
        if (!"GET".equals(method) && !"POST".equals(method)) {
            throw new IllegalArgumentException("endpoint method must be GET or POST: " + method);
        }
        Objects.requireNonNull(role, "role");
        summary = summary == null ? "" : summary;
    }

    /** A read endpoint for every signed-in user. */
    public static ViewEndpoint read(String name, String summary) {
        return new ViewEndpoint(name, "GET", Role.VIEWER, summary);
    }

    /** An action endpoint for users with at least {@code role}. */
    public static ViewEndpoint action(String name, Role role, String summary) {
        return new ViewEndpoint(name, "POST", role, summary);
    }
}
