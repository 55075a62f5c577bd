package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.document.ExtractedText;

/**
 * {@code /api/documents} (the navigator: every document with its flag counts) and {@code /api/document?path=}
 * (one document's extracted text with its flags). Only documents the workspace knows (flagged, indexed or listed in
 * the manifest) are served, and only as extracted text: never the document's own markup.
 */
final class DocumentsApi {
    private final Backend backend;

    DocumentsApi(Backend backend) {
        this.backend = backend;
    }

    JsonNode list(ApiRequest r) throws IOException {
        r.user();
        Path corpus = backend.settings().corpus();
        Map<String, JsonNode> manifest = CorpusManifest.documents(corpus);
        Map<String, List<Flag>> byDoc = flagsByDocument();
        TreeSet<String> paths = new TreeSet<>(byDoc.keySet());
        paths.addAll(manifest.keySet());
        paths.addAll(indexedPaths());
        ObjectNode out = Json.object();
        var docs = out.putArray("documents");
        for (String path : paths) {
            ObjectNode d = docs.addObject().put("path", path);
            describe(d, manifest.get(path));
            Map<String, Integer> byStatus = new TreeMap<>();
            List<Flag> flags = byDoc.getOrDefault(path, List.of());
            flags.forEach(f -> byStatus.merge(f.status(), 1, Integer::sum));
            d.put("flags", flags.size());
            ObjectNode s = d.putObject("byStatus");
            byStatus.forEach(s::put);
        }
        return out;
    }

    /** {@code GET /api/document?path=P}: text, title, flags; {@code stale} when the file changed since the last run. */
    JsonNode get(ApiRequest r) throws IOException {
        r.user();
        String path = r.parameter("path");
        if (path == null || path.isBlank()) {
            throw ApiException.badRequest("path: the document's path, as the flags name it");
        }
        Map<String, List<Flag>> byDoc = flagsByDocument();
        Map<String, JsonNode> manifest = CorpusManifest.documents(backend.settings().corpus());
        if (!byDoc.containsKey(path) && !manifest.containsKey(path) && !indexedPaths().contains(path)) {
            throw ApiException.notFound("no document " + path + " in this workspace");
        }
        Optional<ExtractedText> text = backend.texts().text(backend.settings().corpus(), path);
        if (text.isEmpty()) {
            throw ApiException.notFound("the file of " + path + " is gone from the corpus or no parser reads it");
        }
        List<Flag> flags = byDoc.getOrDefault(path, List.of());
        String t = text.get().text();
        boolean stale = false;
        for (Flag f : flags) {
            if (f.end() > t.length() || !t.substring(f.start(), f.end()).equals(f.text())) {
                stale = true;
                break;
            }
        }
        ObjectNode out = Json.object().put("path", path).put("title", text.get().title()).put("text", t)
                .put("stale", stale);
        describe(out, manifest.get(path));
        if (text.get().title().isEmpty() && manifest.get(path) == null) {
            out.put("title", path);
        }
        out.set("flags", Json.flags(flags));
        return out;
    }

    private static void describe(ObjectNode d, JsonNode entry) {
        if (entry == null) {
            return;
        }
        for (String field : List.of("title", "publisher", "kind", "genre", "state", "date")) {
            JsonNode v = entry.get(field);
            if (v != null && !v.isNull()) {
                d.put(field, v.asText());
            }
        }
    }

    private Map<String, List<Flag>> flagsByDocument() throws IOException {
        Map<String, List<Flag>> byDoc = new TreeMap<>();
        for (Flag f : backend.reviewService().flags(backend.settings().workspace(), backend.settings().asOf())) {
            byDoc.computeIfAbsent(f.doc(), k -> new ArrayList<>()).add(f);
        }
        return byDoc;
    }

    /**
     * The indexed paths, read again only when the index folder changed (a run adds or removes segment files): the
     * navigator asks after every decision, and opening the index is the most expensive part of the answer.
     */
    private java.util.Set<String> indexedPaths() throws IOException {
        Path folder = backend.settings().workspace().resolve("index");
        String stamp;
        try {
            stamp = java.nio.file.Files.getLastModifiedTime(folder).toString();
        } catch (java.nio.file.NoSuchFileException e) {
            return java.util.Set.of();
        }
        IndexedPaths cached = indexed;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.paths();
        }
        try {
            java.util.Set<String> paths = java.util.Set.copyOf(backend.index().with(backend.settings().workspace(), index -> index.paths()));
            indexed = new IndexedPaths(stamp, paths);
            return paths;
        } catch (ApiException e) {
            return java.util.Set.of(); // no index yet, or no index service: the flags still list documents
        }
    }

    private record IndexedPaths(String stamp, java.util.Set<String> paths) {
    }

    private volatile IndexedPaths indexed;
}
