package org.factdesk.verify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@code corpus/manifest.json} says about the documents: which are primary sources ({@code "kind": "primary"})
 * and which state each is about. A corpus without a manifest has neither.
 */
final class CorpusManifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusManifest() {
    }

    static Set<String> primaryDocuments(Path corpus) throws IOException {
        Set<String> primary = new TreeSet<>();
        for (JsonNode d : documents(corpus)) {
            if ("primary".equals(d.path("kind").asText())) {
                primary.add(d.path("path").asText());
            }
        }
        return primary;
    }

    /** The state (two-letter code) each document is about, where the manifest says. */
    static Map<String, String> states(Path corpus) throws IOException {
        Map<String, String> states = new TreeMap<>();
        for (JsonNode d : documents(corpus)) {
            if (d.path("state").isTextual()) {
                states.put(d.path("path").asText(), d.path("state").asText());
            }
        }
        return states;
    }

    private static JsonNode documents(Path corpus) throws IOException {
        Path file = corpus.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(file.toFile()).path("documents");
        } catch (IOException e) {
            throw new IOException("corpus manifest " + file + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
