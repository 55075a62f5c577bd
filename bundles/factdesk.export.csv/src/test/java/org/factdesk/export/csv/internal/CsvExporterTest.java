package org.factdesk.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.ExportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    private static final List<String> PROVENANCE = List.of("status", "verified_date", "recheck_due", "reviewer",
            "reviewed_at", "evidence", "source_document", "source_title", "source_url", "quote");

    @TempDir
    Path dir;

    private String file(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** The rows of a file as header → raw cell (guard apostrophes kept), after checking every row's width. */
    private List<Map<String, String>> rows(String name) throws IOException {
        List<List<String>> records = CsvParser.parse(file(name));
        List<String> header = records.get(0);
        return records.subList(1, records.size()).stream().map(r -> {
            assertEquals(header.size(), r.size(), name + ": " + r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            return row;
        }).toList();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + "=" + value));
    }

    @Test
    void writesThreeFilesWithHeaderRows() throws IOException {
        assertEquals(List.of(Path.of("resources.csv"), Path.of("phones.csv"), Path.of("claims.csv")),
                new CsvExporter().export(Records.everything(), dir));
        assertEquals(header("resource_id", "name", "location", "address", "hours", "services", "phone_count"),
                CsvParser.parse(file("resources.csv")).get(0));
        assertEquals(header("phone_id", "resource_id", "resource_name", "number", "number_digits", "extension",
                "channel", "as_written"), CsvParser.parse(file("phones.csv")).get(0));
        assertEquals(header("claim_id", "flag_id", "type", "normalized", "corrected_value", "start", "end"),
                CsvParser.parse(file("claims.csv")).get(0));
        assertTrue(file("phones.csv").startsWith("phone_id,resource_id,resource_name,number,number_digits,"));
    }

    private static List<String> header(String... own) {
        List<String> all = new ArrayList<>(List.of(own));
        all.addAll(PROVENANCE);
        return all;
    }

    @Test
    void resourcesKeepTheDatasetOrderAndQuoteNamesWithCommas() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        List<Map<String, String>> rows = rows("resources.csv");
        assertEquals(List.of("Generations Family Health Center", "National Human Trafficking Hotline",
                "No Freeze Project", "Prairie Outreach Network", "Riverside Youth Shelter, Inc."),
                rows.stream().map(r -> r.get("name")).toList());
        assertTrue(file("resources.csv").contains("\"Riverside Youth Shelter, Inc.\""));
        Map<String, String> hotline = row(rows, "resource_id", Records.HOTLINE_ID);
        assertEquals("2", hotline.get("phone_count"));
        assertEquals("24/7", hotline.get("hours"));
        assertEquals("verified", hotline.get("status"));
        assertEquals("2026-11-18", hotline.get("verified_date"));
        assertEquals("seed/001_927abdd348d19e06.txt", hotline.get("source_document"));
        assertEquals("Understanding Prostitution in Willimantic: Laws, Risks, and Community Resources",
                hotline.get("source_title"));
        assertEquals("", hotline.get("source_url"));
        assertEquals("doc:seed/001_927abdd348d19e06.txt#2890-2950", hotline.get("evidence"));
        Map<String, String> riverside = row(rows, "resource_id", Records.RIVERSIDE_ID);
        assertEquals("Emergency beds for youth 16–21, “no questions asked”", riverside.get("services"));
        assertEquals("https://example.org/albany-guide", riverside.get("source_url"));
    }

    @Test
    void phoneNumbersAreTextMarkedAndGivenAsDigits() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        List<Map<String, String>> rows = rows("phones.csv");
        assertEquals(6, rows.size());
        Map<String, String> voice = row(rows, "phone_id", Records.HOTLINE_VOICE_ID);
        assertEquals("'+18883737888", voice.get("number"));
        assertEquals("18883737888", voice.get("number_digits"));
        assertEquals("voice", voice.get("channel"));
        assertEquals("888-373-7888", voice.get("as_written"));
        assertEquals(Records.HOTLINE_ID, voice.get("resource_id"));
        assertEquals("National Human Trafficking Hotline", voice.get("resource_name"));
        assertEquals("verified", voice.get("status"));
        assertEquals("2026-11-20", voice.get("verified_date"));
        assertEquals("2027-05-19", voice.get("recheck_due"));
        assertEquals("editor-a", voice.get("reviewer"));
        assertEquals("2026-11-20T14:03:00Z", voice.get("reviewed_at"));
        assertEquals("https://humantraffickinghotline.org/en/contact (read 2026-11-20)", voice.get("evidence"));
        assertEquals("888-373-7888", voice.get("quote"));

        Map<String, String> sms = row(rows, "phone_id", Records.HOTLINE_SMS_ID);
        assertEquals("233733", sms.get("number"), "a short code needs no guard");
        assertEquals("sms", sms.get("channel"));
        assertEquals("text “HELP” to 233733", sms.get("quote"));

        Map<String, String> desk = row(rows, "phone_id", Records.RIVERSIDE_DESK_ID);
        assertEquals("204", desk.get("extension"));
        assertEquals("15185550123", desk.get("number_digits"));
        assertEquals("012", row(rows, "phone_id", Records.RIVERSIDE_INTAKE_ID).get("extension"));
        assertTrue(file("phones.csv").contains(",'+18883737888,18883737888,,voice,888-373-7888,verified,"));
    }

    @Test
    void unverifiedRowsShowTheirStatusAndNoVerificationDates() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        Map<String, String> tty = row(rows("phones.csv"), "phone_id", Records.RIVERSIDE_TTY_ID);
        assertEquals("needs-recheck", tty.get("status"));
        assertEquals("", tty.get("verified_date"), "its verifiedAt 2026-12-30 is stale");
        assertEquals("", tty.get("recheck_due"));
        assertEquals("editor-c", tty.get("reviewer"));
        Map<String, String> prairie = row(rows("resources.csv"), "resource_id", Records.PRAIRIE_ID);
        assertEquals("open", prairie.get("status"));
        assertEquals("", prairie.get("verified_date"));
        Map<String, String> corrected = row(rows("phones.csv"), "phone_id", Records.NO_FREEZE_PHONE_ID);
        assertEquals("corrected", corrected.get("status"));
        assertEquals("2026-11-22", corrected.get("verified_date"));
        assertEquals("860-456-7470", corrected.get("as_written"));
        assertEquals("'+18604560300", corrected.get("number"));
    }

    @Test
    void claimsCarryTheirValuesAndOnlyACurrentCorrection() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        List<Map<String, String>> rows = rows("claims.csv");
        assertEquals(List.of(Records.VERIFIED_CLAIM_ID, Records.CORRECTED_CLAIM_ID, Records.RECHECK_CLAIM_ID,
                Records.FORMULA_CLAIM_ID), rows.stream().map(r -> r.get("claim_id")).toList());

        Map<String, String> corrected = row(rows, "claim_id", Records.CORRECTED_CLAIM_ID);
        assertEquals("1204", corrected.get("normalized"));
        assertEquals("1,024", corrected.get("corrected_value"));
        assertEquals("corrected", corrected.get("status"));
        assertEquals("Albany shelters turned away 1,204 youths in 2024,\nthe \"worst\" year", corrected.get("quote"));
        assertEquals("700", corrected.get("start"));
        assertEquals("760", corrected.get("end"));

        Map<String, String> recheck = row(rows, "claim_id", Records.RECHECK_CLAIM_ID);
        assertEquals("needs-recheck", recheck.get("status"));
        assertEquals("", recheck.get("corrected_value"), "the old correction is not in force");
        assertEquals("", recheck.get("verified_date"));

        Map<String, String> formula = row(rows, "claim_id", Records.FORMULA_CLAIM_ID);
        assertEquals("'-12%", formula.get("normalized"));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", formula.get("quote"));
        assertEquals("open", formula.get("status"));
        assertFalse(file("claims.csv").contains(",=HYPERLINK"));
        assertFalse(file("claims.csv").contains("\"=HYPERLINK"));
    }

    @Test
    void recordsEndWithCrlfAndValuesKeepTheirOwnLineBreaks() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        String claims = file("claims.csv");
        assertTrue(claims.endsWith("\r\n"));
        assertEquals(5, claims.split("\r\n", -1).length - 1, "a header and four records");
        assertTrue(claims.contains("\"Albany shelters turned away 1,204 youths in 2024,\nthe \"\"worst\"\" year\""));
    }

    @Test
    void theReviewersNoteIsNotExported() throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        for (String name : List.of("resources.csv", "phones.csv", "claims.csv")) {
            assertFalse(file(name).contains("internal note"), name);
        }
    }

    @Test
    void theSameRequestGivesTheSameBytes(@TempDir Path other) throws IOException {
        new CsvExporter().export(Records.everything(), dir);
        new CsvExporter().export(Records.everything(), other);
        for (String name : List.of("resources.csv", "phones.csv", "claims.csv")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            assertArrayEquals(bytes, Files.readAllBytes(other.resolve(name)), name);
            assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB, "no BOM");
        }
    }

    @Test
    void anEmptyDatasetGivesHeaderOnlyFiles() throws IOException {
        new CsvExporter().export(new ExportRequest(new Dataset(List.of(), List.of(), Map.of(), ""), false,
                "Factdesk"), dir);
        assertEquals(1, CsvParser.parse(file("phones.csv")).size());
        assertEquals(1, CsvParser.parse(file("claims.csv")).size());
        assertEquals(String.join(",", header("resource_id", "name", "location", "address", "hours", "services",
                "phone_count")) + "\r\n", file("resources.csv"));
    }
}
