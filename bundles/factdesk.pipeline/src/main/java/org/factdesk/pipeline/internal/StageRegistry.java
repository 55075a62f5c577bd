package org.factdesk.pipeline.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.factdesk.api.pipeline.CorpusStage;

/** The corpus stages registered right now (whiteboard), in ascending order, ties broken by service id. */
final class StageRegistry {
    /**
     * A stage and the flag types it reads ({@link CorpusStage#TYPES}); none named means every type.
     */
    record Stage(CorpusStage stage, Set<String> types) {
        Stage {
            types = Set.copyOf(types);
        }

        boolean readsAll() {
            return types.isEmpty();
        }

        boolean reads(String type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    private record Entry(Stage stage, int order, long serviceId) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(CorpusStage stage, Map<String, Object> properties) {
        entries.add(new Entry(new Stage(stage, new HashSet<>(ServiceProperties.strings(properties.get(CorpusStage.TYPES)))),
                ServiceProperties.integer(properties.get(CorpusStage.ORDER)),
                ServiceProperties.longValue(properties.get("service.id"))));
    }

    void remove(CorpusStage stage) {
        entries.removeIf(e -> e.stage.stage() == stage);
    }

    List<Stage> snapshot() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::order).thenComparingLong(Entry::serviceId))
                .map(Entry::stage).toList();
    }

    /**
     * Which flag types must be held in memory until {@code stages} have run: those some stage reads, every type
     * when a stage names none.
     */
    static Predicate<String> heldTypes(List<Stage> stages) {
        Set<String> held = new HashSet<>();
        for (Stage s : stages) {
            if (s.readsAll()) {
                return type -> true;
            }
            held.addAll(s.types());
        }
        return held::contains;
    }
}
