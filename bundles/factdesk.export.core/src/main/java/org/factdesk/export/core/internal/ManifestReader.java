package org.factdesk.export.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factdesk.api.export.DocumentInfo;

/** The documents of {@code corpus/manifest.json}, by path; an empty map when the corpus has no manifest. */
final class ManifestReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestReader() {
    }

    static Map<String, DocumentInfo> read(Path corpus) throws IOException {
        Map<String, DocumentInfo> out = new TreeMap<>();
        Path file = corpus.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("corpus manifest " + file + ": not valid JSON: " + e.getMessage(), e);
        }
        for (JsonNode d : root.path("documents")) {
            String path = d.path("path").asText("");
            if (path.isEmpty()) {
                throw new IOException("corpus manifest " + file + ": a document has no 'path'");
            }
            out.put(path, new DocumentInfo(path, d.path("title").asText(""), d.path("publisher").asText(""),
                    d.path("kind").asText(""), d.path("date").isTextual() ? d.path("date").asText() : "",
                    d.path("url").asText(""), d.path("state").asText("")));
        }
        return out;
    }
}
