package org.factdesk.cli.internal.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hand-made annotations of a set of documents, one JSON object per line: coverage lines
 * {@code {"doc": D, "covers": [TYPES]}} say which flag types were annotated exhaustively in a document, and
 * flag lines {@code {"doc": D, "type": T, "text": SURFACE, "normalized": N?, "occurrence": K?}} are the flags a
 * perfect detector would raise.
 */
public final class Annotations {
    /** One expected flag. */
    public record Expected(String doc, String type, String text, String normalized, int occurrence) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Set<String>> coverage;
    private final List<Expected> expected;

    private Annotations(Map<String, Set<String>> coverage, List<Expected> expected) {
        this.coverage = coverage;
        this.expected = expected;
    }

    public Map<String, Set<String>> coverage() {
        return coverage;
    }

    public List<Expected> expected() {
        return expected;
    }

    /** @throws IOException naming the file, the line and what is wrong */
    public static Annotations read(Path file) throws IOException {
        Map<String, Set<String>> coverage = new TreeMap<>();
        List<Expected> expected = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + " line " + n + ": not JSON: " + e.getMessage(), e);
            }
            String doc = o.path("doc").asText("");
            if (doc.isEmpty()) {
                throw new IOException(file + " line " + n + ": field 'doc' is missing");
            }
            if (o.has("covers")) {
                Set<String> types = coverage.computeIfAbsent(doc, d -> new TreeSet<>());
                o.get("covers").forEach(t -> types.add(t.asText()));
            } else {
                String type = o.path("type").asText("");
                String text = o.path("text").asText("");
                if (type.isEmpty() || text.isEmpty()) {
                    throw new IOException(file + " line " + n + ": a flag line needs 'type' and 'text'");
                }
                expected.add(new Expected(doc, type, text, o.path("normalized").asText(""), o.path("occurrence").asInt(1)));
            }
        }
        return new Annotations(coverage, expected);
    }
}
