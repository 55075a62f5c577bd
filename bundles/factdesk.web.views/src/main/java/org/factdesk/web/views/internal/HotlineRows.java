package org.factdesk.web.views.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;

/**
 * One row per phone flag for the Hotlines view: the number, its channel, whose it is, its review status, when it was
 * last verified and by whom, when the re-check falls due, and the conflicts the corpus or the registry raise about it.
 *
 * <p>The organization comes from the reference registry when it lists the number ({@code registry}), else from a
 * resource flag that covers the number ({@code resource}), else it is guessed from the sentence ({@code context}).
 */
final class HotlineRows {
    private HotlineRows() {
    }

    static ArrayNode build(List<Flag> flags, Map<String, String> registryOrganizations) {
        Map<String, List<Flag>> conflictsByFlag = new HashMap<>();
        List<Flag> resources = new ArrayList<>();
        for (Flag f : flags) {
            if (f.type().equals(FlagTypes.CONFLICT) && f.attributes().containsKey("flag")) {
                conflictsByFlag.computeIfAbsent(f.attributes().get("flag"), k -> new ArrayList<>()).add(f);
            } else if (f.type().equals(FlagTypes.RESOURCE)) {
                resources.add(f);
            }
        }
        ArrayNode rows = Responses.JSON.createArrayNode();
        for (Flag f : flags) {
            if (!f.type().equals(FlagTypes.PHONE)) {
                continue;
            }
            Map<String, String> a = f.attributes();
            ObjectNode row = rows.addObject().put("id", f.id()).put("doc", f.doc()).put("text", f.text())
                    .put("number", f.normalized()).put("channel", a.getOrDefault("channel", "voice"))
                    .put("status", f.status()).put("version", Long.parseLong(a.getOrDefault("version", "0")))
                    .put("priority", f.priority()).put("context", f.context())
                    .put("verifiedAt", a.getOrDefault("verified_at", "")).put("reviewer", a.getOrDefault("reviewer", ""))
                    .put("recheckDue", a.getOrDefault("recheck_due", "")).put("evidence", a.getOrDefault("evidence", ""))
                    .put("listed", registryOrganizations.containsKey(f.normalized()));
            organization(row, f, registryOrganizations, resources);
            ArrayNode conflicts = row.putArray("conflicts");
            for (Flag c : conflictsByFlag.getOrDefault(f.id(), List.of())) {
                conflicts.addObject().put("id", c.id()).put("kind", c.attributes().getOrDefault("kind", ""))
                        .put("message", c.normalized()).put("status", c.status());
            }
        }
        return rows;
    }

    private static void organization(ObjectNode row, Flag phone, Map<String, String> registry, List<Flag> resources) {
        String listed = registry.get(phone.normalized());
        if (listed != null) {
            row.put("organization", listed).put("organizationSource", "registry");
            return;
        }
        for (Flag r : resources) {
            if (r.doc().equals(phone.doc()) && r.start() <= phone.start() && r.end() >= phone.end()) {
                String name = r.attributes().getOrDefault("organization", r.attributes().getOrDefault("name", r.normalized()));
                row.put("organization", name).put("organizationSource", "resource");
                return;
            }
        }
        row.put("organization", OrganizationGuess.guess(phone.context(), phone.text())).put("organizationSource", "context");
    }
}
