package org.factdesk.web.sampleview.internal;

import java.util.List;
import java.util.Locale;

import org.factdesk.api.detect.Flag;

/**
 * Counts the flags that still need a person by priority band: high (0.9 and above), medium (0.7 to 0.9), low (below
 * 0.7), as {@code {"high": n, "medium": n, "low": n, "open": n}}. Written by hand: the JSON has fixed keys and
 * numbers only, so this bundle needs no JSON library.
 */
final class PriorityBands {
    private PriorityBands() {
    }

    static String json(List<Flag> queue) {
        int high = 0;
        int medium = 0;
        int low = 0;
        for (Flag f : queue) {
            if (f.priority() >= 0.9) {
                high++;
            } else if (f.priority() >= 0.7) {
                medium++;
            } else {
                low++;
            }
        }
        return String.format(Locale.ROOT, "{\"high\":%d,\"medium\":%d,\"low\":%d,\"open\":%d}", high, medium, low, queue.size());
    }
}
