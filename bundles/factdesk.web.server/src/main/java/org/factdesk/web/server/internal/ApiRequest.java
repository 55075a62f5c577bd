package org.factdesk.web.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.factdesk.api.workbench.Principal;

/**
 * A request to the JSON API without servlet types, so handlers are plain code tested with fake services.
 *
 * @param method    the HTTP method, upper case
 * @param segments  the decoded path segments after {@code /api/}
 * @param query     the query parameters
 * @param body      the body as text ({@code ""} for none)
 * @param principal the signed-in user, or null for an anonymous request
 */
record ApiRequest(String method, List<String> segments, Map<String, List<String>> query, String body, Principal principal) {
    ApiRequest {
        Objects.requireNonNull(method, "method");
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }

    String parameter(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    String segment(int i) {
        return i < segments.size() ? segments.get(i) : null;
    }

    /** The signed-in user. @throws ApiException 401 for an anonymous request */
    Principal user() {
        if (principal == null) {
            throw new ApiException(401, "sign in first");
        }
        return principal;
    }
}
