package org.factdesk.api.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A call of one of a view's JSON endpoints, after the server checked the session, the CSRF token, the method and
 * the role.
 *
 * @param endpoint   the endpoint's name
 * @param parameters the query parameters (each name with its values in order)
 * @param body       the request body (JSON text) of a {@code POST}, the empty string for a {@code GET}
 * @param principal  who calls; record decisions under this user only
 * @param workspace  the workspace folder the server serves ({@code --data})
 * @param corpus     the corpus the workspace was built from
 * @param asOf       the date the server treats as today
 */
public record ViewRequest(String endpoint, Map<String, List<String>> parameters, String body, Principal principal,
                          Path workspace, Path corpus, LocalDate asOf) {
    public ViewRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        parameters = Map.copyOf(parameters);
        body = body == null ? "" : body;
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The first value of a query parameter, or {@code fallback}. */
    public String parameter(String name, String fallback) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
