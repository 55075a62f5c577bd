package org.factdesk.web.views.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The corpus's own descriptions: {@code manifest.json} (each document's title, publisher, kind primary/secondary,
 * date) and the reference registry {@code reference/*.json} (contacts a maintainer verified).
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The manifest's document entries by path; none without a manifest. */
    static Map<String, JsonNode> manifest(Path corpus) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try {
            for (JsonNode d : Responses.JSON.readTree(Files.readAllBytes(corpus.resolve("manifest.json"))).path("documents")) {
                if (d.hasNonNull("path")) {
                    out.put(d.get("path").asText(), d);
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        }
        return out;
    }

    /** Every registry entry of every {@code reference/*.json}, with {@code file} naming where it came from. */
    static List<ObjectNode> registry(Path corpus) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        Path folder = corpus.resolve("reference");
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.json")) {
            s.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            JsonNode root;
            try {
                root = Responses.JSON.readTree(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new IOException("the registry file " + f.getFileName() + " is not valid JSON: " + e.getMessage(), e);
            }
            for (JsonNode e : root.path("entries")) {
                if (e instanceof ObjectNode o) {
                    ObjectNode copy = o.deepCopy();
                    copy.put("file", "reference/" + f.getFileName());
                    out.add(copy);
                }
            }
        }
        return out;
    }

    /** The organization the registry gives for each contact number. */
    static Map<String, String> organizationsByNumber(List<ObjectNode> registry) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : registry) {
            for (JsonNode c : e.path("contacts")) {
                out.putIfAbsent(c.path("number").asText(), e.path("organization").asText());
            }
        }
        return out;
    }

    /** A document's title: the manifest's, else its path. */
    static String title(Map<String, JsonNode> manifest, String path) {
        JsonNode d = manifest.get(path);
        return d == null ? path : d.path("title").asText(path);
    }
}
