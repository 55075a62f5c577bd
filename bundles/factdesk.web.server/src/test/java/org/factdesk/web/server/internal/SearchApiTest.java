package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchApiTest {
    @TempDir
    Path root;
    private Fixtures fx;
    private Api api;

    @BeforeEach
    void setUp() throws Exception {
        fx = new Fixtures(root);
        api = new Api(fx.backend);
        fx.hits.add(Fixtures.hit(0, 9, List.of(new Span(5, 9))));       // "Help line": no flag inside
        fx.hits.add(Fixtures.hit(11, 33, List.of(new Span(0, 4))));     // "Call 888-373-7888 now."
        fx.hits.add(Fixtures.hit(63, 83, List.of(new Span(5, 9))));     // "Text HELP to 233733."
    }

    private JsonNode search(Map<String, List<String>> query) throws Exception {
        return api.handle(Fixtures.get(Fixtures.VIEWER, "/search", query)).tree();
    }

    @Test
    void passagesComeWithHighlightsTheirFlagsAndTheirDocuments() throws Exception {
        JsonNode out = search(Map.of("q", List.of("help OR call")));
        assertEquals("help OR call", fx.lastQuery);
        assertEquals(3, out.get("hits").size());
        JsonNode second = out.get("hits").get(1);
        assertEquals("Call 888-373-7888 now.", second.get("text").asText());
        assertEquals("[[0,4]]", second.get("highlights").toString());
        assertEquals(List.of("fd-phone", "fd-claim"), second.get("flags").findValuesAsText("id"));
        assertEquals("Help line", out.at("/documents/0/title").asText());
        assertEquals(3, out.at("/documents/0/hits").asInt());
    }

    @Test
    void filtersKeepOnlyPassagesHoldingSuchAFlag() throws Exception {
        JsonNode phones = search(Map.of("q", List.of("x"), "type", List.of("phone")));
        List<Integer> starts = new java.util.ArrayList<>();
        phones.get("hits").forEach(h -> starts.add(h.get("start").asInt()));
        assertEquals(List.of(11, 63), starts);
        JsonNode claims = search(Map.of("q", List.of("x"), "type", List.of("claim"), "status", List.of("open")));
        assertEquals(1, claims.get("hits").size());
        assertEquals(List.of("fd-claim"), claims.at("/hits/0/flags").findValuesAsText("id"));
        JsonNode verified = search(Map.of("q", List.of("x"), "status", List.of("verified")));
        assertEquals(0, verified.get("hits").size());
    }

    @Test
    void aQueryThatDoesNotParseIsABadRequest() {
        ApiException e = assertThrows(ApiException.class, () -> search(Map.of("q", List.of("(("))));
        assertEquals(400, e.status());
        assertEquals(400, assertThrows(ApiException.class, () -> search(Map.of())).status());
        assertEquals(400, assertThrows(ApiException.class, () -> search(Map.of("q", List.of("a"), "limit", List.of("0")))).status());
    }
}
