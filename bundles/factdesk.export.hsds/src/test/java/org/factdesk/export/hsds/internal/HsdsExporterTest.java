package org.factdesk.export.hsds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.ResourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class HsdsExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode export(ExportRequest request) throws IOException {
        List<Path> files = new HsdsExporter().export(request, dir);
        assertEquals(List.of(Path.of("hsds", "organizations.json")), files);
        return JSON.readTree(dir.resolve(files.get(0)).toFile());
    }

    private static JsonNode organization(JsonNode organizations, String id) {
        for (JsonNode o : organizations) {
            if (o.get("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no organization " + id);
    }

    private static JsonNode phone(JsonNode organization, String id) {
        for (JsonNode p : organization.at("/services/0/phones")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no phone " + id);
    }

    /** The attributes of a service or phone as code → value. */
    private static Map<String, String> provenance(JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        for (JsonNode a : node.get("attributes")) {
            assertEquals("provenance", a.get("link_type").asText());
            assertEquals(node.get("id").asText(), a.get("link_id").asText());
            assertEquals(a.get("taxonomy_term_id").asText(), a.at("/taxonomy_term/id").asText());
            values.put(a.at("/taxonomy_term/code").asText(), a.get("value").asText());
        }
        return values;
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void organizationsKeepTheDatasetOrderAndCarryTheRecordIds() throws IOException {
        JsonNode organizations = export(Records.everything());
        List<String> names = new ArrayList<>();
        organizations.forEach(o -> names.add(o.get("name").asText()));
        assertEquals(List.of("Generations Family Health Center", "National Human Trafficking Hotline",
                "No Freeze Project", "Prairie Outreach Network", "Riverside Youth Shelter, Inc."), names);
        assertEquals(Records.GENERATIONS_ID, organizations.get(0).get("id").asText());
    }

    @Test
    void theServiceCarriesNameStatusDescriptionHoursAndTheLatestVerification() throws IOException {
        JsonNode hotline = organization(export(Records.everything()), Records.HOTLINE_ID);
        assertEquals("Confidential help for victims and survivors of trafficking", hotline.get("description").asText());
        assertEquals(1, hotline.get("services").size());
        JsonNode service = hotline.at("/services/0");
        assertEquals(uuid("factdesk:hsds:service:" + Records.HOTLINE_ID), service.get("id").asText());
        assertEquals(Records.HOTLINE_ID, service.get("organization_id").asText());
        assertEquals("National Human Trafficking Hotline", service.get("name").asText());
        assertEquals("active", service.get("status").asText());
        // resource verified 2026-11-18, phones 2026-11-20 and 2026-11-19: the latest wins
        assertEquals("2026-11-20", service.get("assured_date").asText());
        assertFalse(service.has("assurer_email"));
        assertFalse(service.has("alert"));
        assertEquals("24/7", service.at("/schedules/0/description").asText());
        assertFalse(service.has("service_areas"), "a national hotline has no town in its record");
        assertFalse(hotline.has("locations"));
    }

    @Test
    void fieldsComeInAFixedOrder() throws IOException {
        JsonNode service = organization(export(Records.everything()), Records.RIVERSIDE_ID).at("/services/0");
        List<String> fields = new ArrayList<>();
        service.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "organization_id", "name", "description", "status", "alert", "assured_date",
                "phones", "schedules", "service_areas", "service_at_locations", "attributes"), fields);
    }

    @Test
    void phonesMapTheChannelToRfc6350TypesAndSayTheVerificationInWords() throws IOException {
        JsonNode hotline = organization(export(Records.everything()), Records.HOTLINE_ID);
        JsonNode voice = phone(hotline, Records.HOTLINE_VOICE_ID);
        assertEquals("+18883737888", voice.get("number").asText());
        assertEquals("voice", voice.get("type").asText());
        assertEquals(hotline.at("/services/0/id").asText(), voice.get("service_id").asText());
        assertEquals("Voice line. Verified by Factdesk on 2026-11-20; re-check due 2027-05-19.",
                voice.get("description").asText());
        assertFalse(voice.has("extension"));
        assertFalse(voice.has("metadata"));

        JsonNode sms = phone(hotline, Records.HOTLINE_SMS_ID);
        assertEquals("233733", sms.get("number").asText());
        assertEquals("text", sms.get("type").asText());
        assertEquals("Text (SMS) line. Verified by Factdesk on 2026-11-19; re-check due 2027-05-18.",
                sms.get("description").asText());

        JsonNode tty = phone(organization(export(Records.everything()), Records.RIVERSIDE_ID), Records.RIVERSIDE_TTY_ID);
        assertEquals("textphone", tty.get("type").asText());
    }

    @Test
    void phoneProvenanceIsInAttributes() throws IOException {
        JsonNode voice = phone(organization(export(Records.everything()), Records.HOTLINE_ID), Records.HOTLINE_VOICE_ID);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "review_status", "verified",
                "verified_date", "2026-11-20",
                "recheck_due", "2027-05-19",
                "reviewer", "editor-a",
                "evidence", "https://humantraffickinghotline.org/en/contact (read 2026-11-20)",
                "source_document", "urn:factdesk:doc:seed/001_927abdd348d19e06.txt",
                "source_title", "Understanding Prostitution in Willimantic: Laws, Risks, and Community Resources",
                "source_quote", "888-373-7888"));
        assertEquals(expected, provenance(voice));
        JsonNode first = voice.at("/attributes/0");
        assertEquals("phone", first.get("link_entity").asText());
        assertEquals(uuid("factdesk:hsds:attribute:review_status:" + Records.HOTLINE_VOICE_ID), first.get("id").asText());
        assertEquals("Factdesk provenance", first.at("/taxonomy_term/taxonomy").asText());
        assertEquals("Review status", first.at("/taxonomy_term/name").asText());
    }

    @Test
    void theReviewersNoteIsNotExported() throws IOException {
        String text = Files.readString(dir.resolve(new HsdsExporter().export(Records.everything(), dir).get(0)));
        assertFalse(text.contains("internal note"));
    }

    @Test
    void serviceProvenanceUsesTheDocumentUrlWhenTheManifestHasOne() throws IOException {
        JsonNode service = organization(export(Records.everything()), Records.RIVERSIDE_ID).at("/services/0");
        Map<String, String> values = provenance(service);
        assertEquals("https://example.org/albany-guide", values.get("source_document"));
        assertEquals("Albany Youth Services Guide", values.get("source_title"));
        assertEquals("verified", values.get("review_status"));
        assertEquals("service", service.at("/attributes/0/link_entity").asText());
    }

    @Test
    void aCorrectedNumberSaysWhatTheSourceGaveAndHasAChangeLogEntry() throws IOException {
        JsonNode phone = phone(organization(export(Records.everything()), Records.NO_FREEZE_ID),
                Records.NO_FREEZE_PHONE_ID);
        assertEquals("+18604560300", phone.get("number").asText());
        assertEquals("Voice line. Corrected by Factdesk on 2026-11-22: the source gave 860-456-7470; "
                + "re-check due 2027-05-21.", phone.get("description").asText());
        assertEquals("corrected", provenance(phone).get("review_status"));
        assertEquals("2026-11-22", provenance(phone).get("verified_date"));
        assertEquals(1, phone.get("metadata").size());
        JsonNode change = phone.at("/metadata/0");
        assertEquals(uuid("factdesk:hsds:metadata:number:" + Records.NO_FREEZE_PHONE_ID), change.get("id").asText());
        assertEquals(Records.NO_FREEZE_PHONE_ID, change.get("resource_id").asText());
        assertEquals("phone", change.get("resource_type").asText());
        assertEquals("2026-11-22", change.get("last_action_date").asText());
        assertEquals("corrected", change.get("last_action_type").asText());
        assertEquals("number", change.get("field_name").asText());
        assertEquals("860-456-7470", change.get("previous_value").asText());
        assertEquals("+18604560300", change.get("replacement_value").asText());
        assertEquals("editor-b", change.get("updated_by").asText());
    }

    @Test
    void unverifiedRecordsAreMarkedAndTheirOldDatesAreNotPresentedAsVerification() throws IOException {
        JsonNode riverside = organization(export(Records.everything()), Records.RIVERSIDE_ID);
        JsonNode service = riverside.at("/services/0");
        assertEquals("Not verified by Factdesk: phone +15185550100 (status: needs-recheck); "
                + "phone +15185550123 (status: open). Check them before referring anyone.", service.get("alert").asText());
        // the TTY line has verifiedAt 2026-12-30 but is due for a re-check: only the desk line (2026-11-23) counts
        assertEquals("2026-11-23", service.get("assured_date").asText());

        JsonNode tty = phone(riverside, Records.RIVERSIDE_TTY_ID);
        assertEquals("TTY line (text telephone). Not verified (status: needs-recheck): confirm the number before use.",
                tty.get("description").asText());
        Map<String, String> values = provenance(tty);
        assertEquals("needs-recheck", values.get("review_status"));
        assertFalse(values.containsKey("verified_date"));
        assertFalse(values.containsKey("recheck_due"));
        assertEquals("editor-c", values.get("reviewer"), "who reopened it is still a fact");

        JsonNode prairie = organization(export(Records.everything()), Records.PRAIRIE_ID).at("/services/0");
        assertEquals("Not verified by Factdesk: the name and details of this listing (status: open). Check them "
                + "before referring anyone.",
                prairie.get("alert").asText());
        assertFalse(prairie.has("assured_date"));
        assertEquals(Map.of("review_status", "open", "source_document", "https://example.org/albany-guide",
                "source_title", "Albany Youth Services Guide", "source_quote", "Prairie Outreach Network, PO Box 512"),
                provenance(prairie));
    }

    /** The dataset builder exports an unverified listing for the sake of its verified phone, even by default. */
    @Test
    void anUnverifiedListingWithAVerifiedPhoneDoesNotCastDoubtOnTheNumber() throws IOException {
        ResourceRecord hotline = Records.hotline();
        ResourceRecord listing = new ResourceRecord("c0ffee00-1111-3222-8333-444455556666",
                "Numbers listed in: Understanding Prostitution in Willimantic", "", "", "", "",
                List.of(hotline.phones().get(0)), Records.open(Records.WILLIMANTIC, "888-373-7888"));
        JsonNode service = export(Records.request(false, listing)).at("/0/services/0");
        assertEquals("Not verified by Factdesk: the name and details of this listing (status: open). Check them "
                + "before referring anyone.", service.get("alert").asText());
        assertEquals("2026-11-20", service.get("assured_date").asText());
        assertEquals("Voice line. Verified by Factdesk on 2026-11-20; re-check due 2027-05-19.",
                service.at("/phones/0/description").asText());
        assertEquals("open", provenance(service).get("review_status"));
        assertEquals("verified", provenance(service.at("/phones/0")).get("review_status"));
    }

    @Test
    void aVerifiedDatasetHasNoAlertsAndEveryRecordSaysVerifiedOrCorrected() throws IOException {
        JsonNode organizations = export(Records.request(false, Records.generations(), Records.hotline(),
                Records.noFreeze()));
        for (JsonNode o : organizations) {
            JsonNode service = o.at("/services/0");
            assertFalse(service.has("alert"), o.get("name").asText());
            assertEquals("verified", provenance(service).get("review_status"));
            for (JsonNode p : service.path("phones")) {
                String status = provenance(p).get("review_status");
                assertTrue(status.equals("verified") || status.equals("corrected"), status);
                assertFalse(p.get("description").asText().contains("Not verified"));
            }
        }
    }

    @Test
    void extensionsAreNumbersOnlyWhenTheyAreNumbers() throws IOException {
        JsonNode riverside = organization(export(Records.everything()), Records.RIVERSIDE_ID);
        JsonNode desk = phone(riverside, Records.RIVERSIDE_DESK_ID);
        assertTrue(desk.get("extension").isNumber());
        assertEquals(204, desk.get("extension").asInt());
        JsonNode intake = phone(riverside, Records.RIVERSIDE_INTAKE_ID);
        assertFalse(intake.has("extension"), "012 would lose its leading zero as a number");
        assertEquals("Voice line. Extension 012. Not verified (status: open): confirm the number before use.",
                intake.get("description").asText());
    }

    @Test
    void aStreetWithoutCityStateAndZipStaysInTheLocationDescription() throws IOException {
        JsonNode generations = organization(export(Records.everything()), Records.GENERATIONS_ID);
        JsonNode location = generations.at("/locations/0");
        assertEquals(uuid("factdesk:hsds:location:" + Records.GENERATIONS_ID), location.get("id").asText());
        assertEquals("physical", location.get("location_type").asText());
        assertEquals(Records.GENERATIONS_ID, location.get("organization_id").asText());
        assertEquals("Generations Family Health Center", location.get("name").asText());
        assertEquals("40 Mansfield Ave, Willimantic", location.get("description").asText());
        assertFalse(location.has("addresses"));
        assertFalse(generations.toString().contains("postal_code"));
        JsonNode service = generations.at("/services/0");
        assertEquals(location.get("id").asText(), service.at("/service_at_locations/0/location_id").asText());
        assertEquals(service.get("id").asText(), service.at("/service_at_locations/0/service_id").asText());
        assertEquals("Willimantic", service.at("/service_areas/0/name").asText());
        assertFalse(service.has("phones"));
    }

    @Test
    void aCompleteUsAddressBecomesAnHsdsAddress() throws IOException {
        JsonNode location = organization(export(Records.everything()), Records.RIVERSIDE_ID).at("/locations/0");
        assertEquals("120 Elm Street, Albany, NY 12207", location.get("description").asText());
        JsonNode address = location.at("/addresses/0");
        assertEquals(location.get("id").asText(), address.get("location_id").asText());
        assertEquals("120 Elm Street", address.get("address_1").asText());
        assertEquals("Albany", address.get("city").asText());
        assertEquals("NY", address.get("state_province").asText());
        assertEquals("12207", address.get("postal_code").asText());
        assertEquals("US", address.get("country").asText());
        assertEquals("physical", address.get("address_type").asText());
    }

    @Test
    void aPoBoxCompletedByTheTownIsAPostalLocation() throws IOException {
        JsonNode location = organization(export(Records.everything()), Records.PRAIRIE_ID).at("/locations/0");
        assertEquals("postal", location.get("location_type").asText());
        assertEquals("PO Box 512, Fargo, ND 58107", location.get("description").asText());
        assertEquals("PO Box 512", location.at("/addresses/0/address_1").asText());
        assertEquals("58107", location.at("/addresses/0/postal_code").asText());
        assertEquals("postal", location.at("/addresses/0/address_type").asText());
    }

    @Test
    void anOrganizationWithoutServicesTextGetsTheRequiredDescriptionSayingSo() throws IOException {
        JsonNode noFreeze = organization(export(Records.everything()), Records.NO_FREEZE_ID);
        assertEquals("No description in the source document.", noFreeze.get("description").asText());
        assertFalse(noFreeze.at("/services/0").has("description"));
    }

    @Test
    void theSameRequestGivesTheSameBytes(@TempDir Path other) throws IOException {
        new HsdsExporter().export(Records.everything(), dir);
        new HsdsExporter().export(Records.everything(), other);
        byte[] first = Files.readAllBytes(dir.resolve("hsds/organizations.json"));
        byte[] second = Files.readAllBytes(other.resolve("hsds/organizations.json"));
        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[\n  {\n    \"id\": \"" + Records.GENERATIONS_ID + "\",\n"), text.substring(0, 80));
        assertTrue(text.endsWith("}\n]\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\"Mon–Fri 9:00–17:00\""), "non-ASCII text is written as UTF-8, not escaped");
    }

    @Test
    void anEmptyDatasetIsAnEmptyArray() throws IOException {
        ExportRequest empty = new ExportRequest(new Dataset(List.of(), List.of(), Map.of(), ""), false, "Factdesk");
        new HsdsExporter().export(empty, dir);
        assertEquals("[]\n", Files.readString(dir.resolve("hsds/organizations.json")));
    }
}
