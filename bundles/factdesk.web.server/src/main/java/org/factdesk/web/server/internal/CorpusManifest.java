package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code corpus/manifest.json}: what is known about each document (title, publisher, kind, date), by path. */
final class CorpusManifest {
    private CorpusManifest() {
    }

    /** Each listed document's entry by path; none when the corpus has no manifest. */
    static Map<String, JsonNode> documents(Path corpus) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(corpus.resolve("manifest.json")));
        } catch (NoSuchFileException e) {
            return out;
        }
        for (JsonNode d : root.path("documents")) {
            if (d.hasNonNull("path")) {
                out.put(d.get("path").asText(), d);
            }
        }
        return out;
    }
}
