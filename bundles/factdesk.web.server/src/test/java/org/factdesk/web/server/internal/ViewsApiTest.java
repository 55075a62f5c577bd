package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.factdesk.api.workbench.Dock;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewEndpoint;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;
import org.factdesk.api.workbench.WorkbenchView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewsApiTest {
    @TempDir
    Path root;
    private Fixtures fx;
    private Api api;
    private final List<ViewRequest> calls = new ArrayList<>();

    private WorkbenchView view(String id, String perspective, int rank, Role role, ViewEndpoint... endpoints) {
        ViewDescriptor d = new ViewDescriptor(id, id.toUpperCase(), perspective, Dock.CENTER, rank, id + ".js", List.of(endpoints), role);
        return new WorkbenchView() {
            @Override
            public ViewDescriptor descriptor() {
                return d;
            }

            @Override
            public ViewResponse call(ViewRequest request) {
                calls.add(request);
                if (request.parameter("fail", null) != null) {
                    throw new IllegalArgumentException("fail: not today");
                }
                return ViewResponse.ok("{\"by\":\"" + request.principal().name() + "\"}");
            }
        };
    }

    private void register(WorkbenchView v, String bundle, int ranking, long serviceId) {
        fx.views.add(new ViewRegistry.Contribution(v.descriptor(), v, bundle, path -> null, ranking, serviceId));
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new Fixtures(root);
        api = new Api(fx.backend);
        register(view("hotlines", "Hotlines", 200, Role.VIEWER, ViewEndpoint.read("phones", "rows"),
                ViewEndpoint.action("recheck", Role.MAINTAINER, "bulk")), "org.factdesk.web.views", 0, 10);
        register(view("review.queue", "Review", 130, Role.VIEWER), "org.factdesk.web.views", 0, 11);
        register(view("users", "Users", 900, Role.ADMIN), "org.factdesk.web.views", 0, 12);
    }

    private JsonNode list(org.factdesk.api.workbench.Principal user) throws Exception {
        return api.handle(Fixtures.get(user, "/views", Map.of())).tree();
    }

    @Test
    void theShellListsTheViewsAUserMaySeeWithTheirScriptsAndPerspectivesInRankOrder() throws Exception {
        JsonNode out = list(Fixtures.EDITOR);
        assertEquals(List.of("review.queue", "hotlines"), out.get("views").findValuesAsText("id"));
        assertEquals(List.of("Review", "Hotlines"), out.get("perspectives").findValuesAsText("name"));
        assertEquals("/views/org.factdesk.web.views/hotlines.js", out.at("/views/1/script").asText());
        assertEquals("/api/views/hotlines/recheck", out.at("/views/1/endpoints/1/url").asText());
        assertEquals(false, out.at("/views/1/endpoints/1/allowed").asBoolean(), "an editor may not re-check in bulk");
        assertTrue(list(new org.factdesk.api.workbench.Principal("root", Role.ADMIN)).get("views").findValuesAsText("id").contains("users"));
    }

    @Test
    void aViewRegisteredOrRemovedAtRunTimeAppearsOrDisappears() throws Exception {
        WorkbenchView sample = view("sample", "Overview", 510, Role.VIEWER);
        register(sample, "org.factdesk.web.sampleview", 0, 20);
        assertTrue(list(Fixtures.VIEWER).get("views").findValuesAsText("id").contains("sample"));
        assertTrue(fx.views.resources("org.factdesk.web.sampleview").isPresent());
        fx.views.removeView(sample);
        assertEquals(List.of("review.queue", "hotlines"), list(Fixtures.VIEWER).get("views").findValuesAsText("id"));
        assertTrue(fx.views.resources("org.factdesk.web.sampleview").isEmpty(), "its scripts are no longer served");
    }

    @Test
    void twoServicesForOneIdGiveTheHigherRankedOne() throws Exception {
        register(view("hotlines", "Lab", 1, Role.VIEWER), "org.example.better", 5, 30);
        JsonNode out = list(Fixtures.VIEWER);
        assertEquals("Lab", out.at("/views/0/perspective").asText());
        assertEquals(2, out.get("views").size());
    }

    @Test
    void aViewEndpointIsCalledAsDeclaredWithTheSignedInUser() throws Exception {
        Api.Answer a = api.handle(Fixtures.get(Fixtures.VIEWER, "/views/hotlines/phones", Map.of("x", List.of("1"))));
        assertEquals(200, a.status());
        assertEquals("{\"by\":\"vic\"}", a.text());
        assertEquals("1", calls.get(0).parameter("x", null));
        assertEquals(fx.workspace, calls.get(0).workspace());
        assertEquals(fx.corpus.toAbsolutePath().normalize(), calls.get(0).corpus());
    }

    @Test
    void endpointsAreRefusedByRoleMethodAndName() {
        assertEquals(403, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.post(Fixtures.EDITOR, "/views/hotlines/recheck", "{}"))).status());
        assertEquals(405, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.post(Fixtures.MAINTAINER, "/views/hotlines/phones", "{}"))).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.VIEWER, "/views/hotlines/secret", Map.of()))).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.VIEWER, "/views/gone/phones", Map.of()))).status());
        assertEquals(403, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.EDITOR, "/views/users/list", Map.of()))).status());
        assertEquals(401, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(null, "/views/hotlines/phones", Map.of()))).status());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aViewsRefusalOfItsParametersIsABadRequest() {
        ApiException e = assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.VIEWER, "/views/hotlines/phones", Map.of("fail", List.of("1")))));
        assertEquals(400, e.status());
        assertEquals("fail: not today", e.getMessage());
    }
}
