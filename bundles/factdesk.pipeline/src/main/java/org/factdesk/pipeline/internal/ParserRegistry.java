package org.factdesk.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.factdesk.api.parse.DocumentParser;

/**
 * The parsers that are registered right now, by file extension (whiteboard). When two parsers claim an
 * extension, the one with the higher service ranking wins, then the one registered first.
 */
final class ParserRegistry {
    private record Entry(DocumentParser parser, List<String> extensions, int ranking, long serviceId) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(DocumentParser parser, Map<String, Object> properties) {
        entries.add(new Entry(parser, ServiceProperties.strings(properties.get(DocumentParser.EXTENSIONS)),
                ServiceProperties.integer(properties.get("service.ranking")),
                ServiceProperties.longValue(properties.get("service.id"))));
    }

    void remove(DocumentParser parser) {
        entries.removeIf(e -> e.parser == parser);
    }

    Optional<DocumentParser> forExtension(String extension) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.extensions.contains(extension)
                    && (best == null || e.ranking > best.ranking || e.ranking == best.ranking && e.serviceId < best.serviceId)) {
                best = e;
            }
        }
        return Optional.ofNullable(best).map(Entry::parser);
    }

    boolean accepts(String extension) {
        return forExtension(extension).isPresent();
    }
}
