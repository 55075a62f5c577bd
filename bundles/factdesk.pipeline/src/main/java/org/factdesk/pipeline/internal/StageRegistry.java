package org.factdesk.pipeline.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.factdesk.api.pipeline.CorpusStage;

/** The corpus stages registered right now (whiteboard), in ascending order, ties broken by service id. */
final class StageRegistry {
    private record Entry(CorpusStage stage, int order, long serviceId) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(CorpusStage stage, Map<String, Object> properties) {
        entries.add(new Entry(stage, ServiceProperties.integer(properties.get(CorpusStage.ORDER)),
                ServiceProperties.longValue(properties.get("service.id"))));
    }

    void remove(CorpusStage stage) {
        entries.removeIf(e -> e.stage == stage);
    }

    List<CorpusStage> snapshot() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::order).thenComparingLong(Entry::serviceId))
                .map(Entry::stage).toList();
    }
}
