package org.factdesk.web.server.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewEndpoint;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;

/**
 * {@code GET /api/views}: the views and perspectives the signed-in user may see, built from the registered
 * {@code WorkbenchView} services, so a bundle's views appear and disappear with it; and
 * {@code /api/views/ID/ENDPOINT}: a view's own JSON endpoints, answered only as declared (method and role).
 */
final class ViewsApi {
    private final Backend backend;

    ViewsApi(Backend backend) {
        this.backend = backend;
    }

    JsonNode list(ApiRequest r) {
        Principal user = r.user();
        ObjectNode out = Json.object();
        ArrayNode views = out.putArray("views");
        Map<String, Integer> perspectives = new TreeMap<>();
        for (ViewRegistry.Contribution c : backend.views().views()) {
            ViewDescriptor d = c.descriptor();
            if (!user.may(d.role())) {
                continue;
            }
            ObjectNode v = views.addObject().put("id", d.id()).put("title", d.title()).put("perspective", d.perspective())
                    .put("dock", d.dock().label()).put("rank", d.rank()).put("script", c.scriptUrl())
                    .put("bundle", c.bundle());
            ArrayNode endpoints = v.putArray("endpoints");
            for (ViewEndpoint e : d.endpoints()) {
                endpoints.addObject().put("name", e.name()).put("method", e.method()).put("role", e.role().label())
                        .put("summary", e.summary()).put("url", "/api/views/" + d.id() + "/" + e.name())
                        .put("allowed", user.may(e.role()));
            }
            perspectives.merge(d.perspective(), d.rank(), Math::min);
        }
        ArrayNode p = out.putArray("perspectives");
        perspectives.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> p.addObject().put("name", e.getKey()).put("rank", e.getValue()));
        return out;
    }

    /** The raw JSON text a view answered, with its status. */
    record Answer(int status, String json) {
    }

    Answer call(ApiRequest r, String viewId, String endpointName) throws IOException {
        Principal user = r.user();
        ViewRegistry.Contribution c = backend.views().view(viewId)
                .orElseThrow(() -> ApiException.notFound("no view " + viewId + " (its bundle may have been removed)"));
        if (!user.may(c.descriptor().role())) {
            throw ApiException.forbidden("your role (" + user.role().label() + ") may not use the view " + viewId);
        }
        ViewEndpoint e = c.descriptor().endpoint(endpointName);
        if (e == null) {
            throw ApiException.notFound("the view " + viewId + " has no endpoint " + endpointName);
        }
        if (!e.method().equals(r.method())) {
            throw new ApiException(405, "use " + e.method() + " for " + viewId + "/" + endpointName);
        }
        if (!user.may(e.role())) {
            throw ApiException.forbidden("your role (" + user.role().label() + ") may not use " + viewId + "/"
                    + endpointName + ": " + e.role().label() + "s may");
        }
        ViewRequest request = new ViewRequest(endpointName, r.query(), r.body(), user, backend.settings().workspace(),
                backend.settings().corpus(), backend.settings().asOf());
        ViewResponse answer;
        try {
            answer = c.view().call(request);
        } catch (IllegalArgumentException ex) {
            throw ApiException.badRequest(ex.getMessage());
        }
        if (answer == null) {
            throw new ApiException(500, "the view " + viewId + " gave no answer");
        }
        return new Answer(answer.status(), answer.json());
    }
}
