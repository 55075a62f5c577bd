package org.factdesk.web.views.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;

/**
 * The numbers behind the Overview charts: flags by type and status, the verified share of each document (verified
 * or corrected flags over all its flags), and the re-checks that fall due within a window (already due ones first).
 */
final class OverviewStats {
    private OverviewStats() {
    }

    static ObjectNode build(List<Flag> flags, Map<String, JsonNode> manifest, int orphans, LocalDate asOf, int days) {
        ObjectNode out = Responses.JSON.createObjectNode().put("asOf", asOf.toString()).put("total", flags.size())
                .put("orphans", orphans).put("dueWithinDays", days);
        Map<String, Map<String, Integer>> byType = new TreeMap<>();
        Map<String, int[]> byDoc = new TreeMap<>();
        List<Flag> due = new ArrayList<>();
        for (Flag f : flags) {
            byType.computeIfAbsent(f.type(), k -> new TreeMap<>()).merge(f.status(), 1, Integer::sum);
            int[] counts = byDoc.computeIfAbsent(f.doc(), k -> new int[2]);
            counts[0]++;
            if (f.status().equals("verified") || f.status().equals("corrected")) {
                counts[1]++;
            }
            LocalDate dueOn = date(f.attributes().get("recheck_due"));
            if (dueOn != null && !dueOn.isAfter(asOf.plusDays(days))) {
                due.add(f);
            }
        }
        ObjectNode types = out.putObject("byTypeAndStatus");
        byType.forEach((type, statuses) -> {
            ObjectNode s = types.putObject(type);
            statuses.forEach(s::put);
        });
        ArrayNode docs = out.putArray("documents");
        byDoc.forEach((doc, c) -> docs.addObject().put("doc", doc).put("title", CorpusFiles.title(manifest, doc))
                .put("flags", c[0]).put("verified", c[1]).put("share", c[0] == 0 ? 0.0 : (double) c[1] / c[0]));
        due.sort(Comparator.comparing((Flag f) -> f.attributes().get("recheck_due")).thenComparing(Flag::id));
        ArrayNode dueOut = out.putArray("due");
        for (Flag f : due) {
            LocalDate d = date(f.attributes().get("recheck_due"));
            dueOut.addObject().put("id", f.id()).put("doc", f.doc()).put("type", f.type()).put("text", f.text())
                    .put("normalized", f.normalized()).put("status", f.status()).put("due", d.toString())
                    .put("inDays", asOf.until(d, java.time.temporal.ChronoUnit.DAYS));
        }
        return out;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
