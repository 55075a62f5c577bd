package org.factdesk.export.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.ResourceRecord;

/**
 * A summary of every exported record (kind, label and the fields a change list reports), kept beside the export
 * as {@code index.json} so the next export can say what was added, removed or changed, and why.
 */
final class RecordIndex {
    static final String FILE = "index.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private RecordIndex() {
    }

    static Map<String, Map<String, String>> of(Dataset dataset) {
        Map<String, Map<String, String>> index = new TreeMap<>();
        for (ResourceRecord r : dataset.resources()) {
            index.put(r.id(), fields("resource", r.name(), "status", r.provenance().status(), "address", r.address(),
                    "hours", r.hours()));
            for (PhoneRecord p : r.phones()) {
                index.put(p.id(), fields("phone", r.name() + " " + p.number(), "number", p.number(), "channel", p.channel(),
                        "status", p.provenance().status(), "verified_at", p.provenance().verifiedAt(),
                        "evidence", p.provenance().evidence()));
            }
        }
        for (ClaimRecord c : dataset.claims()) {
            index.put(c.id(), fields("claim", c.provenance().quote(), "status", c.provenance().status(),
                    "verdict", c.verdict(), "corrected_value", c.correctedValue(), "evidence", c.provenance().evidence()));
        }
        return index;
    }

    private static Map<String, String> fields(String kind, String label, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("label", label);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Map<String, Map<String, String>> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Map<String, String>>>() { });
    }

    static byte[] bytes(Map<String, Map<String, String>> index) throws IOException {
        return (JSON.writeValueAsString(index) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Added, removed and changed records between two indexes, each with its reason. */
    static Map<String, List<Map<String, String>>> changes(Map<String, Map<String, String>> before,
                                                         Map<String, Map<String, String>> after) {
        List<Map<String, String>> added = new ArrayList<>();
        List<Map<String, String>> removed = new ArrayList<>();
        List<Map<String, String>> changed = new ArrayList<>();
        after.forEach((id, now) -> {
            Map<String, String> was = before.get(id);
            if (was == null) {
                added.add(entry(id, now, "new " + now.get("kind") + (now.containsKey("status") ? ", " + now.get("status") : "")));
            } else if (!was.equals(now)) {
                List<String> diffs = new ArrayList<>();
                now.forEach((k, v) -> {
                    if (!v.equals(was.getOrDefault(k, ""))) {
                        diffs.add(k + " " + quote(was.getOrDefault(k, "")) + " → " + quote(v));
                    }
                });
                changed.add(entry(id, now, String.join("; ", diffs)));
            }
        });
        before.forEach((id, was) -> {
            if (!after.containsKey(id)) {
                removed.add(entry(id, was, "no longer exported (no longer verified, or gone from the corpus)"));
            }
        });
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        out.put("added", added);
        out.put("removed", removed);
        out.put("changed", changed);
        return out;
    }

    private static String quote(String s) {
        return s.isEmpty() ? "(none)" : "'" + s + "'";
    }

    private static Map<String, String> entry(String id, Map<String, String> record, String reason) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", record.get("kind"));
        m.put("label", record.get("label"));
        m.put("reason", reason);
        return m;
    }
}
