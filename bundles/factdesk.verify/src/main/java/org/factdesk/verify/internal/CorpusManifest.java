package org.factdesk.verify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Which documents of the corpus are primary sources, from {@code corpus/manifest.json} ({@code "kind": "primary"}). */
final class CorpusManifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusManifest() {
    }

    static Set<String> primaryDocuments(Path corpus) throws IOException {
        Path file = corpus.resolve("manifest.json");
        Set<String> primary = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return primary;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("corpus manifest " + file + ": not valid JSON: " + e.getMessage(), e);
        }
        for (JsonNode d : root.path("documents")) {
            if ("primary".equals(d.path("kind").asText())) {
                primary.add(d.path("path").asText());
            }
        }
        return primary;
    }
}
