package org.factdesk.web.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.junit.jupiter.api.Test;

class OverviewAndSourcesTest {
    private static final String CONTEXT = "Call 888-373-7888 or 911.";

    private static List<Flag> flags() {
        return List.of(
                FakeReviewService.flag("a", "seed/1.txt", "phone", "888-373-7888", "+18883737888", CONTEXT, "verified",
                        Map.of("recheck_due", "2026-12-01")),
                FakeReviewService.flag("b", "seed/1.txt", "phone", "911", "911", CONTEXT, "needs-recheck",
                        Map.of("recheck_due", "2026-11-01")),
                FakeReviewService.flag("c", "seed/1.txt", "claim", "Call", "Call", CONTEXT, "open", Map.of()),
                FakeReviewService.flag("d", "seed/2.txt", "claim", "Call", "Call", CONTEXT, "corrected",
                        Map.of("recheck_due", "2027-06-01")));
    }

    @Test
    void theOverviewCountsByTypeAndStatusAndSharePerDocument() throws Exception {
        JsonNode manifestEntry = Responses.JSON.readTree("{\"path\": \"seed/2.txt\", \"title\": \"Fact sheet\"}");
        ObjectNode s = OverviewStats.build(flags(), Map.of("seed/2.txt", manifestEntry), 2, LocalDate.parse("2026-11-23"), 90);
        assertEquals(1, s.at("/byTypeAndStatus/phone/verified").asInt());
        assertEquals(1, s.at("/byTypeAndStatus/phone/needs-recheck").asInt());
        assertEquals(1, s.at("/byTypeAndStatus/claim/open").asInt());
        assertEquals(1.0 / 3, s.at("/documents/0/share").asDouble(), 1e-9);
        assertEquals("seed/1.txt", s.at("/documents/0/title").asText(), "no manifest entry: the path");
        assertEquals("Fact sheet", s.at("/documents/1/title").asText());
        assertEquals(1.0, s.at("/documents/1/share").asDouble());
        assertEquals(2, s.get("due").size(), "the 2027 one is beyond 90 days");
        assertEquals("b", s.at("/due/0/id").asText(), "already due first");
        assertEquals(-22, s.at("/due/0/inDays").asInt());
        assertEquals(8, s.at("/due/1/inDays").asInt());
        assertEquals(2, s.get("orphans").asInt());
    }

    @Test
    void primarySourcesComeFirst() throws Exception {
        Map<String, JsonNode> manifest = new java.util.LinkedHashMap<>();
        manifest.put("seed/1.txt", Responses.JSON.readTree("{\"path\": \"seed/1.txt\", \"kind\": \"secondary\", \"title\": \"Guide\"}"));
        manifest.put("seed/2.txt", Responses.JSON.readTree("{\"path\": \"seed/2.txt\", \"kind\": \"primary\", \"title\": \"Fact sheet\", \"date\": null}"));
        ObjectNode out = SourcesView.documents(manifest, flags());
        assertEquals(List.of("seed/2.txt", "seed/1.txt"), out.get("documents").findValuesAsText("path"));
        assertEquals(1, out.at("/documents/0/flags").asInt());
        assertEquals(3, out.at("/documents/1/flags").asInt());
        assertEquals(false, out.at("/documents/0").has("date"), "a null date is left out");
    }

    @Test
    void registryContactsListWhereTheCorpusUsesThem() throws Exception {
        ObjectNode entry = (ObjectNode) Responses.JSON.readTree("""
                {"organization": "NHTH", "contacts": [{"channel": "voice", "number": "+18883737888"},
                                                       {"channel": "tty", "number": "711"}]}""");
        ObjectNode out = SourcesView.registry(List.of(entry), flags());
        assertEquals("a", out.at("/entries/0/contacts/0/uses/0/id").asText());
        assertEquals(0, out.at("/entries/0/contacts/1/uses").size());
    }
}
