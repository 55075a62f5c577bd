package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export through the real command line, after a few reviews, and a downstream app reading the result. */
class ExportIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE = "https://humantraffickinghotline.org/en/contact (read 2026-11-20)";

    @TempDir
    Path work;

    @BeforeEach
    void reviewAFewFlags() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        run("run", "corpus", "--out", "out", "--data", "data");
        review("000_76fc4e1531144b50.txt", "888-373-7888", "verified");
        review("001_927abdd348d19e06.txt", "233733", "verified");
        review("003_89172be8a9d527d6.txt", "612-673-2157", "verified");
    }

    private FactdeskProcess.Result run(String... args) throws Exception {
        FactdeskProcess.Result r = FactdeskProcess.run(work, args);
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private String idOf(String doc, String type, String text) throws Exception {
        for (String line : Files.readAllLines(work.resolve("out/flags.jsonl"))) {
            JsonNode f = JSON.readTree(line);
            if (f.get("doc").asText().endsWith(doc) && f.get("type").asText().equals(type) && f.get("text").asText().equals(text)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("no " + type + " " + text + " in " + doc);
    }

    private void review(String doc, String text, String verdict) throws Exception {
        run("review", idOf(doc, "phone", text), "--verdict", verdict, "--evidence", EVIDENCE, "--reviewer", "ana",
                "--data", "data");
    }

    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void onlyVerifiedRecordsByDefaultAndTheDatasetValidatesAgainstItsSchema() throws Exception {
        FactdeskProcess.Result r = run("export", "--data", "data", "--out", "export");
        assertTrue(r.out().contains("exported"), r.out());
        JsonNode data = JSON.readTree(work.resolve("export/factdesk-dataset.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of(System.getProperty("factdesk.schema"))));
        assertEquals(Set0.of(), schema.validate(data));
        List<String> numbers = new ArrayList<>();
        for (JsonNode res : data.get("resources")) {
            for (JsonNode p : res.get("phones")) {
                assertEquals("verified", p.at("/provenance/status").asText());
                assertEquals(EVIDENCE, p.at("/provenance/evidence").asText());
                assertFalse(p.at("/provenance/recheck_due").asText().isEmpty());
                numbers.add(p.get("number").asText());
            }
        }
        assertEquals(List.of("+16126732157", "+18883737888", "233733"), numbers.stream().sorted().toList());
        JsonNode manifest = JSON.readTree(work.resolve("export/manifest.json").toFile());
        assertEquals(3, manifest.at("/counts/phones").asInt());
        assertTrue(manifest.at("/files").has("factdesk-dataset.json"));

        run("export", "--data", "data", "--out", "all", "--include-unverified");
        JsonNode all = JSON.readTree(work.resolve("all/factdesk-dataset.json").toFile());
        assertEquals(Set0.of(), schema.validate(all));
        long unverified = 0;
        for (JsonNode res : all.get("resources")) {
            for (JsonNode p : res.get("phones")) {
                if (!p.at("/provenance/status").asText().equals("verified")) {
                    unverified++;
                }
            }
        }
        assertTrue(unverified >= 15, "unverified phones are present and marked: " + unverified);
    }

    @Test
    void theSameStateGivesTheSameBytesAndOneMoreVerdictIsExactlyOneChange() throws Exception {
        run("export", "--data", "data", "--out", "export");
        Map<String, String> first = snapshot(work.resolve("export"));
        run("export", "--data", "data", "--out", "export");
        assertEquals(first, snapshot(work.resolve("export")));

        review("001_927abdd348d19e06.txt", "860-465-3135", "verified");
        FactdeskProcess.Result r = run("export", "--data", "data", "--out", "export");
        // the number and the organization the page ties it to (Windham PD), which had no verified number before
        assertTrue(r.out().contains("since the previous export: 2 added, 0 removed, 0 changed"), r.out());
        JsonNode changes = JSON.readTree(work.resolve("export/changes.json").toFile());
        assertEquals(2, changes.get("added").size());
        List<String> added = new ArrayList<>();
        changes.get("added").forEach(c -> added.add(c.get("kind").asText() + " " + c.get("label").asText()));
        assertEquals(List.of("phone Windham PD +18604653135", "resource Windham PD"), added.stream().sorted().toList());
        assertEquals(0, changes.get("changed").size());
        assertEquals(0, changes.get("removed").size());
    }

    @Test
    void aDownstreamAppFindsTheVerifiedHotlineNumbersOfAState() throws Exception {
        run("export", "--data", "data", "--out", "export");
        // a consumer with nothing but Jackson and the published schema
        JsonNode data = JSON.readTree(work.resolve("export/factdesk-dataset.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(work.resolve("export/factdesk-dataset-1.0.schema.json")));
        assertTrue(schema.validate(data).isEmpty());
        Map<String, String> stateOf = new TreeMap<>();
        data.get("documents").forEach(d -> stateOf.put(d.get("path").asText(), d.get("state").asText()));
        List<String> minnesota = new ArrayList<>();
        for (JsonNode res : data.get("resources")) {
            for (JsonNode p : res.get("phones")) {
                if ("MN".equals(stateOf.get(p.at("/provenance/document").asText()))
                        && p.at("/provenance/status").asText().equals("verified")) {
                    minnesota.add(p.get("number").asText() + " " + p.get("channel").asText());
                }
            }
        }
        assertEquals(List.of("+16126732157 tty", "+18883737888 voice"), minnesota.stream().sorted().toList());
    }

    @Test
    void everyFormatIsWrittenAndTheHsdsOrganizationsValidateAgainstTheOfficialSchema() throws Exception {
        String stat = idOf("000_76fc4e1531144b50.txt", "statistic", "68%");
        run("review", stat, "--verdict", "disputed", "--evidence", "doc:seed/004_9a1e396f60b61b24.txt#0-40",
                "--note", "no such report found", "--reviewer", "ana", "--data", "data");
        run("review", stat, "--verdict", "verified", "--evidence", "https://www.health.state.mn.us/ (read 2026-11-20)",
                "--reviewer", "ben", "--data", "data");
        run("export", "--data", "data", "--out", "export");
        for (String f : List.of("factdesk-dataset.json", "hsds/organizations.json", "claimreview.jsonld", "resources.csv",
                "phones.csv", "claims.csv", "manifest.json", "changes.json")) {
            assertTrue(Files.isRegularFile(work.resolve("export").resolve(f)), f);
        }
        JsonNode reviews = JSON.readTree(work.resolve("export/claimreview.jsonld").toFile());
        JsonNode review = reviews.get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        for (String property : List.of("claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url")) {
            assertTrue(review.has(property), property + " in " + review);
        }
        assertTrue(review.at("/reviewRating/alternateName").asText().length() > 0);
        assertTrue(Files.readString(work.resolve("export/phones.csv")).contains("18883737888"));

        Path hsds = sharedHsds();
        org.junit.jupiter.api.Assumptions.assumeTrue(hsds != null, "the official HSDS schemas (shared/standards/hsds) are not beside this clone");
        JsonSchema organization = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(hsds.resolve("compiled/organization.json")));
        JsonNode organizations = JSON.readTree(work.resolve("export/hsds/organizations.json").toFile());
        assertTrue(organizations.size() >= 2, organizations.toString());
        for (JsonNode org : organizations) {
            assertEquals(Set0.of(), organization.validate(org), org.toString());
        }
    }

    /** shared/standards/hsds beside the clone, found by walking up from here; null when absent. */
    private static Path sharedHsds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/standards/hsds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Shorthand for an empty set of validation messages, so a failure prints them. */
    private static final class Set0 {
        static java.util.Set<com.networknt.schema.ValidationMessage> of() {
            return java.util.Set.of();
        }
    }
}
