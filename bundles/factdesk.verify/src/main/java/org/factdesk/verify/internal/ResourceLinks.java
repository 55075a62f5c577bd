package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;

/**
 * Gives each phone flag the organization it belongs to: the {@code resource} flag of the same document whose
 * {@code phones} list holds the number (the resource detector ties numbers to organizations clause by clause). A
 * phone that already names its {@code entity}, or that no resource claims, is left as it is; a number two
 * organizations of one document both claim goes to the one mentioned nearest before it.
 */
final class ResourceLinks {
    private ResourceLinks() {
    }

    static List<Flag> attach(List<Flag> flags) {
        Map<String, List<Flag>> resourcesByDoc = new HashMap<>();
        for (Flag f : flags) {
            if (f.type().equals(FlagTypes.RESOURCE)) {
                resourcesByDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
            }
        }
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            if (!f.type().equals(FlagTypes.PHONE) || f.attributes().containsKey("entity")) {
                out.add(f);
                continue;
            }
            Flag owner = null;
            for (Flag r : resourcesByDoc.getOrDefault(f.doc(), List.of())) {
                if (List.of(r.attributes().getOrDefault("phones", "").split(",")).contains(f.normalized())
                        && (owner == null || closerBefore(r, owner, f))) {
                    owner = r;
                }
            }
            if (owner == null) {
                out.add(f);
            } else {
                Map<String, String> attributes = new TreeMap<>(f.attributes());
                attributes.put("entity", owner.normalized());
                out.add(new Flag(f.id(), f.doc(), f.type(), f.start(), f.end(), f.text(), f.normalized(), f.context(),
                        f.status(), f.priority(), attributes));
            }
        }
        return out;
    }

    /** Whether {@code a} is a better owner than {@code b} for {@code phone}: mentioned before it, and nearer. */
    private static boolean closerBefore(Flag a, Flag b, Flag phone) {
        int da = phone.start() - a.start();
        int db = phone.start() - b.start();
        if (da >= 0 != db >= 0) {
            return da >= 0;
        }
        return Math.abs(da) < Math.abs(db);
    }
}
