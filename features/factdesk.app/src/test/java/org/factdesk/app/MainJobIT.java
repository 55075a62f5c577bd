package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job, end to end: the built application in a child JVM, on a copy of the seed corpus.
 */
class MainJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path copyOfSeedCorpus() throws Exception {
        Path corpus = work.resolve("corpus");
        Path seed = FactdeskProcess.seedCorpus().resolve("seed");
        Files.createDirectories(corpus.resolve("seed"));
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve("seed").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return corpus;
    }

    private static List<JsonNode> flags(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<JsonNode> ofType(List<JsonNode> flags, String type) {
        return flags.stream().filter(f -> f.get("type").asText().equals(type)).toList();
    }

    @Test
    void findsAndNormalizesEveryPhoneNumberOfTheSeedCorpus() throws Exception {
        copyOfSeedCorpus();
        FactdeskProcess.Result r = FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("documents: 5 (5 processed, 0 unchanged, 0 failed)"), r.out());
        assertTrue(r.out().contains("errors: 0"), r.out());
        List<JsonNode> phones = ofType(flags(work.resolve("out/flags.jsonl")), "phone");

        // The National Human Trafficking Hotline, in both guides that give it
        for (String guide : List.of("seed/000_76fc4e1531144b50.txt", "seed/001_927abdd348d19e06.txt")) {
            assertTrue(phones.stream().anyMatch(f -> f.get("doc").asText().equals(guide)
                    && f.get("normalized").asText().equals("+18883737888") && f.get("text").asText().equals("888-373-7888")), guide);
        }
        Map<String, String> expected = Map.ofEntries(
                Map.entry("320-235-0962", "+13202350962"), Map.entry("320-235-2244", "+13202352244"),
                Map.entry("860-450-7473", "+18604507473"), Map.entry("860-456-7470", "+18604567470"),
                Map.entry("860-465-3135", "+18604653135"), Map.entry("233722", "233722"), Map.entry("233733", "233733"),
                Map.entry("612-673-3000", "+16126733000"), Map.entry("612-673-2157", "+16126732157"),
                Map.entry("612-673-2626", "+16126732626"), Map.entry("612-673-2700", "+16126732700"),
                Map.entry("612-637-2800", "+16126372800"), Map.entry("612-673-3500", "+16126733500"),
                Map.entry("911", "911"), Map.entry("311", "311"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(phones.stream().anyMatch(f -> f.get("text").asText().equals(e.getKey())
                    && f.get("normalized").asText().equals(e.getValue())), e.getKey());
        }
        assertEquals(18, phones.size(), phones.toString());
        assertEquals("sms", phones.stream().filter(f -> f.get("text").asText().equals("233733")).findFirst().orElseThrow()
                .get("channel").asText());

        // nothing that is not a phone: no year, statute, ZIP, money or TV channel
        Pattern notPhone = Pattern.compile("^(19|20)\\d\\d$|609\\.|53a|\\$|^14$");
        for (JsonNode f : phones) {
            assertFalse(notPhone.matcher(f.get("text").asText()).find(), f.toString());
            assertEquals("open", f.get("status").asText());
            String doc = Files.readString(work.resolve("out").getParent().resolve("corpus").resolve(f.get("doc").asText()));
            assertTrue(doc.contains(f.get("text").asText()), "surface text is from the document: " + f);
        }
    }

    @Test
    void aSecondRunReprocessesNothingAndGivesIdenticalFlags() throws Exception {
        copyOfSeedCorpus();
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        byte[] first = Files.readAllBytes(work.resolve("out/flags.jsonl"));
        FactdeskProcess.Result second = FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("(0 processed, 5 unchanged, 0 failed)"), second.out());
        assertEquals(new String(first), new String(Files.readAllBytes(work.resolve("out/flags.jsonl"))));
    }

    @Test
    void aBrokenFileGivesOneErrorLineAndTheRestIsProcessed() throws Exception {
        Path corpus = copyOfSeedCorpus();
        Files.write(corpus.resolve("broken.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Files.createSymbolicLink(corpus.resolve("gone.html"), corpus.resolve("does-not-exist.html"));
        FactdeskProcess.Result r = FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("documents: 6 (5 processed, 0 unchanged, 1 failed)"), r.out());
        assertTrue(r.out().contains("errors: 2"), r.out());
        assertTrue(r.err().contains("error: broken.txt: contains NUL bytes: a binary file, not text"), r.err());
        assertTrue(r.err().contains("error: gone.html: cannot be read"), r.err());
        assertEquals(18, ofType(flags(work.resolve("out/flags.jsonl")), "phone").size());
    }

    @Test
    void everyBundleIsActiveAndSearchAnswersFromTheIndex() throws Exception {
        FactdeskProcess.Result bundles = FactdeskProcess.run(work, "bundles");
        assertEquals(0, bundles.exitCode(), bundles.err());
        List<String> lines = bundles.out().lines().toList();
        assertTrue(lines.size() >= 20, bundles.out());
        for (String line : lines) {
            assertTrue(line.contains(" ACTIVE "), line);
        }
        assertTrue(bundles.out().contains("org.factdesk.detector.phone"));

        copyOfSeedCorpus();
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        FactdeskProcess.Result search = FactdeskProcess.run(work, "search", "trafficking hotline", "--data", "data", "--limit", "3");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("[Hotline]"), search.out());
        FactdeskProcess.Result bad = FactdeskProcess.run(work, "search", "hotline AND (", "--data", "data");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("cannot parse the query"), bad.err());
    }
}
