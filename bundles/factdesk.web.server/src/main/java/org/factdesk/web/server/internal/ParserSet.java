package org.factdesk.web.server.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.factdesk.api.parse.DocumentParser;

/**
 * The registered document parsers by file extension (whiteboard), to show a document's extracted text: the same
 * parser the main job used gives the same text, so the flags' offsets fit. The higher service ranking wins.
 */
final class ParserSet {
    private record Entry(DocumentParser parser, List<String> extensions, int ranking) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(DocumentParser parser, Map<String, ?> properties) {
        Object ranking = properties.get("service.ranking");
        entries.add(new Entry(parser, extensions(properties.get(DocumentParser.EXTENSIONS)),
                ranking instanceof Integer i ? i : 0));
    }

    void remove(DocumentParser parser) {
        entries.removeIf(e -> e.parser == parser);
    }

    Optional<DocumentParser> forFile(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        Entry best = null;
        for (Entry e : entries) {
            if (e.extensions.contains(ext) && (best == null || e.ranking > best.ranking)) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.parser);
    }

    private static List<String> extensions(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            for (String part : s.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
        } else if (value instanceof String[] array) {
            for (String s : array) {
                out.addAll(extensions(s));
            }
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) {
                out.addAll(extensions(String.valueOf(o)));
            }
        }
        return out;
    }
}
