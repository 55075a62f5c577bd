package org.factdesk.api.workbench;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the shell needs to place a view and load it.
 *
 * @param id          unique among views, e.g. {@code review.queue}: letters, digits, {@code .}, {@code -}, {@code _}
 * @param title       the view's tab title
 * @param perspective the perspective it belongs to ({@code Review}, {@code Hotlines}, ... or a new one: a perspective
 *                    exists while at least one view names it)
 * @param dock        where it sits in the perspective
 * @param rank        the order among the views of one dock, and of perspectives by their lowest rank; lower first
 * @param script      the view's ES module: a path below the contributing bundle's {@code web/} folder, e.g.
 *                    {@code hotlines.js}. The server serves that folder (scripts, CSS, SVG) at
 *                    {@code /views/BUNDLE_SYMBOLIC_NAME/} while the bundle has a view registered. The module exports
 *                    {@code mount(element, workbench)}, which may return a function that disposes the view.
 * @param endpoints   the JSON endpoints the view brings (see {@link WorkbenchView#call})
 * @param role        the least role that sees the view at all
 */
public record ViewDescriptor(String id, String title, String perspective, Dock dock, int rank, String script,
                             List<ViewEndpoint> endpoints, Role role) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SCRIPT = Pattern.compile("([A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\\.js");

    public ViewDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("view id must be 1-64 letters, digits, '.', '-' or '_': " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(perspective, "perspective");
        if (perspective.isBlank()) {
            throw new IllegalArgumentException("view " + id + " needs a perspective");
        }
        Objects.requireNonNull(dock, "dock");
        Objects.requireNonNull(script, "script");
        if (!SCRIPT.matcher(script).matches() || script.contains("..")) {
            throw new IllegalArgumentException("view " + id + ": script must be a .js path below web/, got " + script);
        }
        endpoints = List.copyOf(endpoints);
        Objects.requireNonNull(role, "role");
    }

    /** The declared endpoint with this name, or null. */
    public ViewEndpoint endpoint(String name) {
        for (ViewEndpoint e : endpoints) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
