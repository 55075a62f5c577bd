package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.factdesk.api.document.Span;
import org.factdesk.api.evidence.Assessment;
import org.factdesk.api.evidence.Evidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagsApiTest {
    private static final String EVIDENCE = "https://humantraffickinghotline.org/en/contact (read 2026-11-20)";

    @TempDir
    Path root;
    private Fixtures fx;
    private Api api;

    @BeforeEach
    void setUp() throws Exception {
        fx = new Fixtures(root);
        api = new Api(fx.backend);
    }

    private JsonNode review(org.factdesk.api.workbench.Principal user, String id, String body) throws Exception {
        return api.handle(Fixtures.post(user, "/flags/" + id + "/review", body)).tree();
    }

    private ApiException refused(org.factdesk.api.workbench.Principal user, String id, String body) {
        return assertThrows(ApiException.class, () -> review(user, id, body));
    }

    @Test
    void anEditorsVerdictIsRecordedUnderTheSignedInUserNeverABodyField() throws Exception {
        JsonNode out = review(Fixtures.EDITOR, "fd-phone", """
                {"verdict": "verified", "evidence": "%s", "note": "checked", "version": 0, "reviewer": "mallory"}
                """.formatted(EVIDENCE));
        assertEquals("ana", out.at("/decision/reviewer").asText());
        assertEquals("ana", fx.review.requests.get(0).reviewer());
        assertEquals(0, fx.review.requests.get(0).expectedVersion());
        assertEquals("verified", out.at("/flag/status").asText());
        assertEquals(1, out.at("/flag/version").asLong());
        assertEquals("ana", out.at("/flag/attributes/reviewer").asText());
    }

    @Test
    void aViewerMayNotRecordADecision() {
        ApiException e = refused(Fixtures.VIEWER, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        assertEquals(403, e.status());
        assertEquals("your role (viewer) may not record decisions: editors may", e.getMessage());
        assertTrue(fx.review.requests.isEmpty(), "nothing reached the review service");
    }

    @Test
    void anAnonymousRequestIsRefused() {
        ApiException e = refused(null, "fd-phone", "{\"verdict\": \"verified\", \"version\": 0}");
        assertEquals(401, e.status());
    }

    @Test
    void aDecisionOnAnOlderVersionIsAConflict() throws Exception {
        review(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        ApiException e = refused(Fixtures.MAINTAINER, "fd-phone", "{\"verdict\": \"disputed\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        assertEquals(409, e.status());
        assertEquals("stale", e.reason());
    }

    @Test
    void aVerdictTheStatusDoesNotAllowIsAConflictToo() throws Exception {
        review(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        ApiException e = refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"not-a-claim\", \"version\": 1}");
        assertEquals(409, e.status());
        assertEquals("transition", e.reason());
    }

    @Test
    void malformedDecisionsAreBadRequests() {
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"true\", \"version\": 0}").status());
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": \"x\"}").status(),
                "the version is required");
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"version\": -1}").status());
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"version\": 0}").status(),
                "the review service wants evidence");
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "not json").status());
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "[1, 2]").status());
        assertEquals(400, refused(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": 5, \"version\": 0}").status());
    }

    @Test
    void anUnknownFlagIsNotFound() {
        assertEquals(404, refused(Fixtures.EDITOR, "fd-nothing", "{\"verdict\": \"verified\", \"version\": 0}").status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.VIEWER, "/flags/fd-nothing", Map.of()))).status());
    }

    @Test
    void reviewNeedsPost() {
        ApiException e = assertThrows(ApiException.class,
                () -> api.handle(Fixtures.get(Fixtures.EDITOR, "/flags/fd-phone/review", Map.of())));
        assertEquals(405, e.status());
    }

    @Test
    void aFlagComesWithItsHistory() throws Exception {
        review(Fixtures.EDITOR, "fd-phone", "{\"verdict\": \"verified\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        review(Fixtures.MAINTAINER, "fd-phone", "{\"verdict\": \"corrected\", \"value\": \"+18883737889\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 1}");
        JsonNode out = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags/fd-phone", Map.of())).tree();
        assertEquals("corrected", out.at("/flag/status").asText());
        assertEquals(2, out.get("history").size());
        assertEquals("ana", out.at("/history/0/reviewer").asText());
        assertEquals("max", out.at("/history/1/reviewer").asText());
        assertEquals("+18883737889", out.at("/history/1/value").asText());
    }

    @Test
    void flagsAreFilteredByDocumentTypeStatusAndText() throws Exception {
        JsonNode all = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags", Map.of())).tree();
        assertEquals(3, all.get("flags").size());
        JsonNode phones = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags", Map.of("type", List.of("phone")))).tree();
        assertEquals(List.of("fd-phone", "fd-sms"), phones.get("flags").findValuesAsText("id"));
        JsonNode text = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags", Map.of("q", List.of("2337")))).tree();
        assertEquals(List.of("fd-sms"), text.get("flags").findValuesAsText("id"));
        review(Fixtures.EDITOR, "fd-sms", "{\"verdict\": \"verified\", \"evidence\": \"" + EVIDENCE + "\", \"version\": 0}");
        JsonNode queue = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags", Map.of("order", List.of("queue")))).tree();
        assertEquals(List.of("fd-phone", "fd-claim"), queue.get("flags").findValuesAsText("id"), "open ones, highest priority first");
        JsonNode verified = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags", Map.of("status", List.of("verified")))).tree();
        assertEquals(List.of("fd-sms"), verified.get("flags").findValuesAsText("id"));
    }

    @Test
    void evidenceThatDecidesComesFirst() throws Exception {
        fx.evidence.add((flag, request) -> List.of(
                new Evidence("primary-documents", "doc:seed/b.txt#0-10", "Call the hotline", List.of(new Span(9, 16)),
                        Assessment.RELATED, "shares words", 3.0),
                new Evidence("primary-documents", "doc:seed/b.txt#20-40", "Call 888-373-7889", List.of(),
                        Assessment.CONTRADICTS, "another number", 2.0)));
        fx.evidence.add((flag, request) -> List.of(new Evidence("registry", EVIDENCE, "NHTH: 1-888-373-7888", List.of(),
                Assessment.SUPPORTS, "the registry lists it", 1.0)));
        JsonNode out = api.handle(Fixtures.get(Fixtures.VIEWER, "/flags/fd-phone/evidence", Map.of())).tree();
        assertEquals(List.of("supports", "contradicts", "related"), out.get("candidates").findValuesAsText("assessment"));
        assertEquals("[[9,16]]", out.at("/candidates/2/highlights").toString());
        assertEquals(2, out.get("sources").asInt());
        assertEquals(1, fx.indexOpened, "one index session for all sources");
    }
}
