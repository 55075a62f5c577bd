package org.factdesk.web.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.index.SearchHit;

/**
 * {@code GET /api/search?q=&type=&status=&limit=}: Lucene query syntax over the indexed passages, best first, with
 * the matched words as spans of each passage, the flags inside each passage, and the documents the hits fall in.
 * With {@code type} or {@code status}, only passages holding a flag of that type and status count.
 */
final class SearchApi {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    /** With a filter, look this many times deeper so that filtering still leaves enough hits. */
    private static final int FILTER_DEPTH = 10;

    private final Backend backend;

    SearchApi(Backend backend) {
        this.backend = backend;
    }

    JsonNode search(ApiRequest r) throws IOException {
        r.user();
        String q = r.parameter("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q: a query (Lucene syntax: words, \"phrases\", AND/OR/NOT)");
        }
        int limit = limit(r.parameter("limit"));
        String type = blankToNull(r.parameter("type"));
        String status = blankToNull(r.parameter("status"));
        boolean filtered = type != null || status != null;
        List<SearchHit> hits;
        try {
            hits = backend.index().with(backend.settings().workspace(),
                    index -> index.search(q, filtered ? Math.min(limit * FILTER_DEPTH, MAX_LIMIT * FILTER_DEPTH) : limit));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("q: " + e.getMessage());
        }
        Map<String, List<Flag>> byDoc = new LinkedHashMap<>();
        for (Flag f : backend.reviewService().flags(backend.settings().workspace(), backend.settings().asOf())) {
            byDoc.computeIfAbsent(f.doc(), k -> new ArrayList<>()).add(f);
        }
        Map<String, JsonNode> manifest = CorpusManifest.documents(backend.settings().corpus());
        ObjectNode out = Json.object().put("query", q);
        ArrayNode hitsOut = out.putArray("hits");
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            if (hitsOut.size() == limit) {
                break;
            }
            List<Flag> inside = new ArrayList<>();
            for (Flag f : byDoc.getOrDefault(h.doc(), List.of())) {
                boolean overlaps = f.start() < h.passage().end() && f.end() > h.passage().start();
                if (overlaps && (type == null || f.type().equals(type)) && (status == null || f.status().equals(status))) {
                    inside.add(f);
                }
            }
            if (filtered && inside.isEmpty()) {
                continue;
            }
            String title = manifest.containsKey(h.doc()) ? manifest.get(h.doc()).path("title").asText(h.doc()) : h.doc();
            ObjectNode o = hitsOut.addObject().put("doc", h.doc()).put("title", title).put("start", h.passage().start())
                    .put("end", h.passage().end()).put("text", h.text()).put("score", h.score());
            o.set("highlights", Json.spans(h.highlights()));
            ArrayNode flags = o.putArray("flags");
            for (Flag f : inside) {
                flags.addObject().put("id", f.id()).put("type", f.type()).put("status", f.status())
                        .put("start", f.start()).put("end", f.end()).put("text", f.text());
            }
            ObjectNode d = docs.computeIfAbsent(h.doc(), k -> Json.object().put("doc", k).put("title", title)
                    .put("hits", 0).put("best", h.score()));
            d.put("hits", d.get("hits").asInt() + 1);
        }
        ArrayNode docsOut = out.putArray("documents");
        docs.values().forEach(docsOut::add);
        return out;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > MAX_LIMIT) {
                throw ApiException.badRequest("limit: 1 to " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit: a whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
