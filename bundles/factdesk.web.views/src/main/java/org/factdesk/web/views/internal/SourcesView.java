package org.factdesk.web.views.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.workbench.Dock;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewEndpoint;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;
import org.factdesk.api.workbench.WorkbenchView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Sources perspective: the documents as {@code corpus/manifest.json} describes them, primary sources first
 * ({@code GET documents}), and the reference registry {@code corpus/reference/*.json} with, for each contact, the
 * corpus flags that carry its number ({@code GET registry}).
 */
@Component(service = WorkbenchView.class)
public final class SourcesView implements WorkbenchView {
    static final ViewDescriptor DESCRIPTOR = new ViewDescriptor("sources", "Sources", "Sources", Dock.CENTER, 300,
            "sources.js", List.of(
                    ViewEndpoint.read("documents", "the corpus documents per manifest.json, primary sources first"),
                    ViewEndpoint.read("registry", "the reference registry entries and where the corpus uses their numbers")),
            Role.VIEWER);

    private final ReviewService review;

    @Activate
    public SourcesView(@Reference ReviewService review) {
        this.review = review;
    }

    @Override
    public ViewDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ViewResponse call(ViewRequest r) throws IOException {
        return switch (r.endpoint()) {
            case "documents" -> Responses.ok(documents(CorpusFiles.manifest(r.corpus()), review.flags(r.workspace(), r.asOf())));
            case "registry" -> Responses.ok(registry(CorpusFiles.registry(r.corpus()), review.flags(r.workspace(), r.asOf())));
            default -> Responses.error(404, "no endpoint " + r.endpoint());
        };
    }

    static ObjectNode documents(Map<String, JsonNode> manifest, List<Flag> flags) {
        Map<String, Integer> counts = new TreeMap<>();
        flags.forEach(f -> counts.merge(f.doc(), 1, Integer::sum));
        TreeSet<String> paths = new TreeSet<>(manifest.keySet());
        paths.addAll(counts.keySet());
        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode docs = out.putArray("documents");
        List<String> ordered = paths.stream().sorted((a, b) -> {
            boolean pa = isPrimary(manifest.get(a));
            boolean pb = isPrimary(manifest.get(b));
            return pa != pb ? (pa ? -1 : 1) : a.compareTo(b);
        }).toList();
        for (String p : ordered) {
            JsonNode m = manifest.get(p);
            ObjectNode d = docs.addObject().put("path", p).put("inManifest", m != null).put("flags", counts.getOrDefault(p, 0));
            for (String field : List.of("title", "publisher", "kind", "genre", "state", "date")) {
                if (m != null && m.hasNonNull(field)) {
                    d.put(field, m.get(field).asText());
                }
            }
        }
        return out;
    }

    static ObjectNode registry(List<ObjectNode> entries, List<Flag> flags) {
        Map<String, List<Flag>> byNumber = new HashMap<>();
        for (Flag f : flags) {
            if (f.type().equals(FlagTypes.PHONE)) {
                byNumber.computeIfAbsent(f.normalized(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode list = out.putArray("entries");
        for (ObjectNode e : entries) {
            ObjectNode copy = e.deepCopy();
            for (JsonNode c : copy.path("contacts")) {
                if (c instanceof ObjectNode contact) {
                    ArrayNode uses = contact.putArray("uses");
                    for (Flag f : byNumber.getOrDefault(contact.path("number").asText(), List.of())) {
                        uses.addObject().put("id", f.id()).put("doc", f.doc()).put("text", f.text()).put("status", f.status());
                    }
                }
            }
            list.add(copy);
        }
        return out;
    }

    private static boolean isPrimary(JsonNode m) {
        return m != null && "primary".equals(m.path("kind").asText());
    }
}
