package org.factdesk.api.detect;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Collections;

/**
 * What a detector reports: a span of the document's text, what kind of flag it is and what it means.
 * The pipeline turns findings into {@link Flag}s by adding a stable id, the surface text and the context.
 *
 * @param type       one of {@link FlagTypes}
 * @param start      first character, inclusive
 * @param end        last character, exclusive
 * @param normalized the canonical value (E.164 for phones, value and unit for statistics, ...)
 * @param priority   check-worthiness from 0 (lowest) to 1 (highest)
 * @param attributes further facts, type-specific (a phone's {@code channel}, the {@code entity} it belongs to, ...);
 *                   kept sorted by key so output is deterministic
 */
public record Finding(String type, int start, int end, String normalized, double priority, Map<String, String> attributes) {
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad finding span [" + start + ", " + end + ")");
        }
        if (!(priority >= 0.0 && priority <= 1.0)) {
            throw new IllegalArgumentException("priority must be within [0, 1]: " + priority);
        }
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public Finding(String type, int start, int end, String normalized, double priority) {
        this(type, start, end, normalized, priority, Map.of());
    }
}
