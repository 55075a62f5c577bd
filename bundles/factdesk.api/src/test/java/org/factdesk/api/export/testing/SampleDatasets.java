package org.factdesk.api.export.testing;

import java.util.List;
import java.util.Map;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.ResourceRecord;

/**
 * Sample records for the exporters' tests, shared through the API's test jar: three resources from the
 * Willimantic seed page (a verified national hotline with a voice line and an SMS short code; a health center with
 * only a street address; a shelter whose hotline number was corrected) and two written for these tests in other
 * states (an Albany, NY shelter with a full address, a TTY line nobody verified and extensions; a Fargo, ND network
 * with a PO box, itself unverified). Review decisions, the corrected number and all example.org addresses are test
 * data, not findings.
 */
public class SampleDatasets {
    public static final String WILLIMANTIC = "seed/001_927abdd348d19e06.txt";
    public static final String ALBANY = "dev/08 albany guide ü.txt";

    public static final String HOTLINE_ID = "0b7c1f7e-3c1a-4d0e-9b1e-2a8a5c0d9f11";
    public static final String HOTLINE_VOICE_ID = "5f0d3b8e-8a51-4a7c-9d52-0c6a1e2b3c44";
    public static final String HOTLINE_SMS_ID = "6a1e4c9f-9b62-4b8d-8e63-1d7b2f3c4d55";
    public static final String GENERATIONS_ID = "1c8d2a8f-4d2b-4e1f-8c2f-3b9b6d1e0a22";
    public static final String NO_FREEZE_ID = "2d9e3b90-5e3c-4f20-9d30-4cac7e2f1b33";
    public static final String NO_FREEZE_PHONE_ID = "7b2f5da0-ac73-4c9e-9f74-2e8c3a4d5e66";
    public static final String RIVERSIDE_ID = "3eaf4ca1-6f4d-4031-8e41-5dbd8f302c44";
    public static final String RIVERSIDE_TTY_ID = "8c3a6eb1-bd84-4daf-8a85-3f9d4b5e6f77";
    public static final String RIVERSIDE_DESK_ID = "9d4b7fc2-ce95-4eb0-9b96-4a0e5c6f7a88";
    public static final String RIVERSIDE_INTAKE_ID = "ae5c80d3-dfa6-4fc1-8ca7-5b1f6d7a8b99";
    public static final String PRAIRIE_ID = "4fb05db2-7a5e-4142-9f52-6ece90413d55";

    /** Exporter tests extend this to call the samples by their own short name ({@code Records.hotline()}). */
    protected SampleDatasets() {
    }

    public static Provenance verified(String doc, String quote, String verifiedAt, String recheckDue,
                                      String evidence) {
        return new Provenance(doc, quote, 100, 100 + quote.length(), "verified", evidence, "editor-a",
                verifiedAt + "T14:03:00Z", verifiedAt, recheckDue, "internal note: called twice");
    }

    public static Provenance open(String doc, String quote) {
        return new Provenance(doc, quote, 10, 10 + quote.length(), "open", "", "", "", "", "", "");
    }

    public static ResourceRecord hotline() {
        PhoneRecord voice = new PhoneRecord(HOTLINE_VOICE_ID, "flag-voice", "+18883737888", "voice", "", "888-373-7888",
                verified(WILLIMANTIC, "888-373-7888", "2026-11-20", "2027-05-19",
                        "https://humantraffickinghotline.org/en/contact (read 2026-11-20)"));
        PhoneRecord sms = new PhoneRecord(HOTLINE_SMS_ID, "flag-sms", "233733", "sms", "", "233733",
                verified(WILLIMANTIC, "text “HELP” to 233733", "2026-11-19", "2027-05-18",
                        "https://humantraffickinghotline.org/en/contact (read 2026-11-19)"));
        return new ResourceRecord(HOTLINE_ID, "National Human Trafficking Hotline", "", "", "24/7",
                "Confidential help for victims and survivors of trafficking", List.of(voice, sms),
                verified(WILLIMANTIC, "National Human Trafficking Hotline: 888-373-7888", "2026-11-18", "",
                        "doc:" + WILLIMANTIC + "#2890-2950"));
    }

    public static ResourceRecord generations() {
        return new ResourceRecord(GENERATIONS_ID, "Generations Family Health Center", "Willimantic",
                "40 Mansfield Ave", "", "Free STI testing and PrEP", List.of(),
                verified(WILLIMANTIC, "Generations Family Health Center: Free STI testing and PrEP at 40 Mansfield Ave",
                        "2026-11-21", "", "https://www.genhealth.org/locations (read 2026-11-21)"));
    }

    public static ResourceRecord noFreeze() {
        Provenance corrected = new Provenance(WILLIMANTIC, "860-456-7470", 2210, 2222, "corrected",
                "https://example.org/no-freeze/contact (read 2026-11-22)", "editor-b", "2026-11-22T09:30:00Z",
                "2026-11-22", "2027-05-21", "");
        PhoneRecord hotline = new PhoneRecord(NO_FREEZE_PHONE_ID, "flag-nofreeze", "+18604560300", "voice", "",
                "860-456-7470", corrected);
        return new ResourceRecord(NO_FREEZE_ID, "No Freeze Project", "Willimantic", "Bridge Street", "24/7",
                "", List.of(hotline),
                verified(WILLIMANTIC, "This Bridge Street shelter provides emergency housing", "2026-11-22", "",
                        "https://example.org/no-freeze (read 2026-11-22)"));
    }

    public static ResourceRecord riverside() {
        // Reviewed once, then reopened: its old verification date must not be exported as a verification.
        Provenance reopened = new Provenance(ALBANY, "TTY: 518-555-0100", 400, 417, "needs-recheck",
                "https://example.org/riverside (read 2026-01-05)", "editor-c", "2026-01-05T10:00:00Z", "2026-12-30",
                "2026-07-04", "");
        PhoneRecord tty = new PhoneRecord(RIVERSIDE_TTY_ID, "flag-tty", "+15185550100", "tty", "", "518-555-0100",
                reopened);
        PhoneRecord desk = new PhoneRecord(RIVERSIDE_DESK_ID, "flag-desk", "+15185550123", "voice", "204",
                "(518) 555-0123 x204", verified(ALBANY, "(518) 555-0123 x204", "2026-11-23", "2027-05-22",
                        "doc:" + ALBANY + "#500-520"));
        PhoneRecord intake = new PhoneRecord(RIVERSIDE_INTAKE_ID, "flag-intake", "+15185550123", "voice", "012",
                "(518) 555-0123 ext. 012", open(ALBANY, "(518) 555-0123 ext. 012"));
        return new ResourceRecord(RIVERSIDE_ID, "Riverside Youth Shelter, Inc.", "Albany",
                "120 Elm Street, Albany, NY 12207", "Mon–Fri 9:00–17:00", "Emergency beds for youth 16–21, “no questions asked”",
                List.of(tty, desk, intake), verified(ALBANY, "Riverside Youth Shelter", "2026-11-23", "",
                        "https://example.org/riverside (read 2026-11-23)"));
    }

    public static ResourceRecord prairie() {
        return new ResourceRecord(PRAIRIE_ID, "Prairie Outreach Network", "Fargo, ND 58107", "PO Box 512", "", "",
                List.of(), open(ALBANY, "Prairie Outreach Network, PO Box 512"));
    }

    public static Map<String, DocumentInfo> documents() {
        return Map.of(
                WILLIMANTIC, new DocumentInfo(WILLIMANTIC,
                        "Understanding Prostitution in Willimantic: Laws, Risks, and Community Resources",
                        "unknown (machine-generated town guide on a blog with a comment form)", "secondary", "", ""),
                ALBANY, new DocumentInfo(ALBANY, "Albany Youth Services Guide", "Capital Region Youth Council",
                        "primary", "2026-03-01", "https://example.org/albany-guide"));
    }

    public static ExportRequest request(boolean includeUnverified, List<ClaimRecord> claims,
                                        ResourceRecord... resources) {
        return new ExportRequest(new Dataset(List.of(resources), claims, documents(), "2026-11-23T12:00:00Z"),
                includeUnverified, "Factdesk");
    }

    /** Every sample resource, unverified ones included, and no claims. */
    public static ExportRequest everyResource() {
        return request(true, List.of(), generations(), hotline(), noFreeze(), prairie(), riverside());
    }
}
