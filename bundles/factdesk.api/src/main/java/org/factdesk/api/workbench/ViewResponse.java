package org.factdesk.api.workbench;

import java.util.Objects;

/**
 * The answer of a view's endpoint.
 *
 * @param status the HTTP status: 200 with a result, or 400/403/404/409 with {@code {"error": "..."}}
 * @param json   the body: one JSON value, as text
 */
public record ViewResponse(int status, String json) {
    public ViewResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(json, "json");
    }

    /** A 200 answer. */
    public static ViewResponse ok(String json) {
        return new ViewResponse(200, json);
    }
}
