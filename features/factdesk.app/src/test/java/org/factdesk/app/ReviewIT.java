package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification and review through the real command line: evidence and conflicts on the seed corpus, a crash in
 * the middle of a burst of decisions, and decisions that survive an edit of the document.
 */
class ReviewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL_EVIDENCE = "https://humantraffickinghotline.org/en/contact (read 2026-11-20)";

    @TempDir
    Path work;

    @BeforeEach
    void corpus() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        run(0, "run", "corpus", "--out", "out", "--data", "data");
    }

    private FactdeskProcess.Result run(int expectedExit, String... args) throws Exception {
        FactdeskProcess.Result r = FactdeskProcess.run(work, args);
        assertEquals(expectedExit, r.exitCode(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private List<JsonNode> flags() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out/flags.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private JsonNode flag(String type, String doc, String text) throws Exception {
        return flags().stream().filter(f -> f.get("type").asText().equals(type) && f.get("doc").asText().endsWith(doc)
                && f.get("text").asText().equals(text)).findFirst().orElseThrow(() -> new AssertionError(type + " " + text));
    }

    @Test
    void theWrongShortCodeContradictsTheRegistryAndADecisionIsRecorded() throws Exception {
        JsonNode wrong = flag("phone", "001_927abdd348d19e06.txt", "233722");
        JsonNode conflict = flag("conflict", "001_927abdd348d19e06.txt", "233722");
        assertEquals("registry", conflict.get("kind").asText());
        assertTrue(conflict.get("normalized").asText().contains("233733"));

        FactdeskProcess.Result show = run(0, "show", wrong.get("id").asText(), "--data", "data");
        assertTrue(show.out().contains("CONTRADICTS  [registry]"), show.out());
        assertTrue(show.out().contains("the registry gives 233733 for texting HELP"), show.out());

        String id = wrong.get("id").asText();
        run(0, "review", id, "--verdict", "corrected", "--value", "233733", "--evidence", URL_EVIDENCE,
                "--note", "typo of the NHTH short code", "--reviewer", "ana", "--data", "data");
        FactdeskProcess.Result stale = run(3, "review", id, "--verdict", "disputed", "--evidence", URL_EVIDENCE,
                "--reviewer", "ben", "--expect", "0", "--data", "data");
        assertTrue(stale.err().contains("is at version 1, the decision was made against version 0"), stale.err());
        FactdeskProcess.Result illegal = run(1, "review", id, "--verdict", "not-a-claim", "--reviewer", "ben", "--data", "data");
        assertTrue(illegal.err().contains("cannot become 'not-a-claim'"), illegal.err());

        FactdeskProcess.Result history = run(0, "history", id, "--data", "data");
        assertTrue(history.out().contains("corrected    by ana"), history.out());
        run(0, "run", "corpus", "--out", "out", "--data", "data");
        JsonNode after = flag("phone", "001_927abdd348d19e06.txt", "233722");
        assertEquals("corrected", after.get("status").asText());
        assertEquals("233733", after.get("corrected_value").asText());
        assertEquals(URL_EVIDENCE, after.get("evidence").asText());
        FactdeskProcess.Result status = run(0, "status", "--data", "data", "--due-within", "400");
        assertTrue(status.out().contains("corrected      1"), status.out());
        assertTrue(status.out().contains("re-checks due within 400 days: 1"), status.out());
    }

    @Test
    void everyAcknowledgedDecisionSurvivesAKillDashNine() throws Exception {
        List<String> ids = flags().stream().filter(f -> f.get("type").asText().equals("phone"))
                .map(f -> f.get("id").asText()).toList();
        List<String> cmd = new ArrayList<>(List.of(FactdeskProcess.java(), "--enable-native-access=ALL-UNNAMED", "-jar",
                FactdeskProcess.jar().toAbsolutePath().toString(), "review", "--batch", "--data", "data"));
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectError(work.resolve("batch.err").toFile()).start();
        Set<Long> acknowledged = new HashSet<>();
        Thread writer = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (int i = 0; i < 5000; i++) {
                    String line = ids.get(i % ids.size()) + "\tverified\tdoc:seed/004_9a1e396f60b61b24.txt#0-40\tburst " + i + "\tbot\n";
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                // the process was killed: expected
            }
        });
        writer.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("recorded ")) {
                    acknowledged.add(Long.parseLong(line.split(" ")[1]));
                }
                if (acknowledged.size() == 60) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
                    break;
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(60, acknowledged.size());

        // restart: the journal opens cleanly (a torn last line is cut) and holds every acknowledged decision
        run(0, "status", "--data", "data");
        Set<Long> stored = new HashSet<>();
        for (String line : Files.readAllLines(work.resolve("data/journal.jsonl"))) {
            int crcAt = line.lastIndexOf(",\"crc\":\"");
            String body = line.substring(0, crcAt) + "}";
            CRC32C crc = new CRC32C();
            crc.update(body.getBytes(StandardCharsets.UTF_8));
            assertEquals(String.format("%08x", (int) crc.getValue()), line.substring(crcAt + 8, line.length() - 2), line);
            stored.add(JSON.readTree(body).get("seq").asLong());
        }
        assertTrue(stored.containsAll(acknowledged), "lost: " + acknowledged.stream().filter(s -> !stored.contains(s)).toList());
        run(0, "run", "corpus", "--out", "out", "--data", "data");
    }

    @Test
    void anEditKeepsTheVerdictsOfUnchangedClaimsAndReopensChangedOnes() throws Exception {
        JsonNode hotline = flag("phone", "000_76fc4e1531144b50.txt", "888-373-7888");
        JsonNode shelter = flag("phone", "000_76fc4e1531144b50.txt", "320-235-0962");
        for (JsonNode f : List.of(hotline, shelter)) {
            run(0, "review", f.get("id").asText(), "--verdict", "verified", "--evidence", URL_EVIDENCE,
                    "--reviewer", "ana", "--data", "data");
        }
        Path doc = work.resolve("corpus/seed/000_76fc4e1531144b50.txt");
        String text = Files.readString(doc);
        text = "Updated guide, new first line.\n" + text.replace("Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support",
                "Willmar’s Safe Avenues shelter (320-235-0962) no longer offers walk-in support");
        Files.writeString(doc, text);
        FactdeskProcess.Result r = run(0, "run", "corpus", "--out", "out", "--data", "data");
        assertTrue(r.out().contains("(1 processed, 4 unchanged, 0 failed)"), r.out());
        assertEquals("verified", flag("phone", "000_76fc4e1531144b50.txt", "888-373-7888").get("status").asText());
        JsonNode changed = flag("phone", "000_76fc4e1531144b50.txt", "320-235-0962");
        assertEquals("needs-recheck", changed.get("status").asText());
        assertTrue(changed.get("recheck_reason").asText().startsWith("the sentence changed since the decision"), changed.toString());
        FactdeskProcess.Result queue = run(0, "queue", "--data", "data", "--type", "phone");
        assertTrue(queue.out().contains("needs-recheck"), queue.out());
    }
}
