package org.factdesk.web.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.factdesk.api.review.Verdict;
import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotlinesViewTest {
    private static final String CONTEXT = "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).";
    private static final String URL = "https://humantraffickinghotline.org/en/contact (read 2026-11-20)";

    @TempDir
    Path root;
    private final FakeReviewService review = new FakeReviewService();
    private HotlinesView view;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(root.resolve("corpus/reference"));
        Files.writeString(root.resolve("corpus/reference/hotlines.json"), """
                {"entries": [{"id": "nhth", "organization": "National Human Trafficking Hotline",
                  "contacts": [{"channel": "voice", "number": "+18883737888"}, {"channel": "sms", "number": "233733"}]}]}
                """);
        review.flags.add(FakeReviewService.flag("fd-pd", "seed/a.txt", "phone", "320-235-2244", "+13202352244", CONTEXT, "open",
                Map.of("channel", "voice", "version", "0")));
        review.flags.add(FakeReviewService.flag("fd-nhth", "seed/a.txt", "phone", "888-373-7888", "+18883737888", CONTEXT, "verified",
                Map.of("channel", "voice", "version", "3", "verified_at", "2026-01-10", "recheck_due", "2027-01-10",
                        "reviewer", "ana", "evidence", URL)));
        review.flags.add(FakeReviewService.flag("fd-c", "seed/a.txt", "conflict", "888-373-7888", "the registry gives X; Y differs",
                CONTEXT, "open", Map.of("flag", "fd-nhth", "kind", "registry", "version", "0")));
        review.flags.add(FakeReviewService.flag("fd-claim", "seed/a.txt", "claim", "Contact", "Contact", CONTEXT, "open", Map.of()));
        view = new HotlinesView(review);
    }

    private ViewRequest request(String endpoint, String body, Role role) {
        return new ViewRequest(endpoint, Map.of(), body, new Principal("max", role), root.resolve("ws"), root.resolve("corpus"),
                LocalDate.parse("2026-11-23"));
    }

    @Test
    void everyPhoneNumberWithItsOrganizationStatusDueDateAndConflicts() throws Exception {
        JsonNode rows = Responses.JSON.readTree(view.call(request("phones", "", Role.VIEWER)).json()).get("phones");
        assertEquals(2, rows.size(), "phones only");
        JsonNode pd = rows.get(0);
        assertEquals("Willmar PD", pd.get("organization").asText());
        assertEquals("context", pd.get("organizationSource").asText());
        assertEquals("open", pd.get("status").asText());
        assertFalse(pd.get("listed").asBoolean());
        JsonNode nhth = rows.get(1);
        assertEquals("National Human Trafficking Hotline", nhth.get("organization").asText());
        assertEquals("registry", nhth.get("organizationSource").asText());
        assertEquals("2026-01-10", nhth.get("verifiedAt").asText());
        assertEquals("2027-01-10", nhth.get("recheckDue").asText());
        assertEquals("ana", nhth.get("reviewer").asText());
        assertEquals(3, nhth.get("version").asInt());
        assertEquals("the registry gives X; Y differs", nhth.at("/conflicts/0/message").asText());
    }

    @Test
    void aBulkRecheckRecordsVerifiedUnderTheSignedInUserForEachNumber() throws Exception {
        String body = """
                {"items": [{"id": "fd-pd", "version": 0, "evidence": "%s"},
                           {"id": "fd-nhth", "version": 2, "evidence": "%s"},
                           {"id": "fd-pd", "version": 0, "evidence": ""}], "note": "yearly check"}
                """.formatted(URL, URL);
        JsonNode out = Responses.JSON.readTree(view.call(request("recheck", body, Role.MAINTAINER)).json());
        assertEquals(1, out.get("recorded").asInt());
        assertTrue(out.at("/results/0/ok").asBoolean());
        assertFalse(out.at("/results/1/ok").asBoolean(), "a stale version is refused");
        assertFalse(out.at("/results/2/ok").asBoolean(), "no evidence, no verification");
        assertEquals("max", review.requests.get(0).reviewer());
        assertEquals(Verdict.VERIFIED, review.requests.get(0).verdict());
        assertEquals("yearly check", review.requests.get(0).note());
    }

    @Test
    void aBulkRecheckNeedsItems() {
        assertThrows(IllegalArgumentException.class, () -> view.call(request("recheck", "{}", Role.MAINTAINER)));
        assertThrows(IllegalArgumentException.class, () -> view.call(request("recheck", "{\"items\": []}", Role.MAINTAINER)));
        assertThrows(IllegalArgumentException.class, () -> view.call(request("recheck", "nonsense", Role.MAINTAINER)));
    }

    @Test
    void theBulkRecheckIsDeclaredForMaintainersOnly() {
        assertEquals(Role.MAINTAINER, HotlinesView.DESCRIPTOR.endpoint("recheck").role());
        assertEquals("POST", HotlinesView.DESCRIPTOR.endpoint("recheck").method());
        assertEquals(Role.VIEWER, HotlinesView.DESCRIPTOR.endpoint("phones").role());
    }
}
