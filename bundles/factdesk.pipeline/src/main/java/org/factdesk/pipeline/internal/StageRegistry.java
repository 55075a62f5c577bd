package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.RunRequest;

/** The corpus stages registered right now (whiteboard), in ascending order, ties broken by service id. */
final class StageRegistry {
    /**
     * A stage and the flag types it reads ({@link CorpusStage#TYPES}); none named means every type.
     */
    record Stage(CorpusStage stage, Set<String> types) {
        Stage {
            types = Set.copyOf(types);
        }

        boolean reads(String type) {
            return types.isEmpty() || types.contains(type);
        }

        /** The stage as it reads this run: its types, and the documents it asked for ({@link CorpusStage#documents}). */
        Reading forRun(RunRequest request) throws IOException {
            return new Reading(this, stage.documents(request));
        }
    }

    /** A stage in one run: it reads a flag of one of its types in one of its documents. */
    record Reading(Stage stage, Predicate<String> documents) {
        boolean reads(Flag f) {
            return stage.reads(f.type()) && documents.test(f.doc());
        }
    }

    private record Entry(Stage stage, int order, long serviceId) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(CorpusStage stage, Map<String, Object> properties) {
        entries.add(new Entry(new Stage(stage, Set.copyOf(ServiceProperties.strings(properties.get(CorpusStage.TYPES)))),
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

    /** Which flags must be held in memory until {@code stages} have run: those some stage reads. */
    static Predicate<Flag> held(List<Reading> stages) {
        return f -> {
            for (Reading s : stages) {
                if (s.reads(f)) {
                    return true;
                }
            }
            return false;
        };
    }
}
