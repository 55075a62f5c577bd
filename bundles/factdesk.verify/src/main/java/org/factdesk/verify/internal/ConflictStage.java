package org.factdesk.verify.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.CorpusView;
import org.osgi.service.component.annotations.Component;

/**
 * The verification stage of the main job (order 100): ties phone numbers to their organizations
 * ({@link ResourceLinks}), then adds {@code conflict} flags ({@link ConflictFinder}).
 */
@Component(property = CorpusStage.ORDER + ":Integer=100")
public final class ConflictStage implements CorpusStage {
    private static final Comparator<Flag> DOCUMENT_ORDER = Comparator.comparing(Flag::doc).thenComparingInt(Flag::start)
            .thenComparingInt(Flag::end).thenComparing(Flag::type).thenComparing(Flag::id);

    @Override
    public List<Flag> process(CorpusView corpus) throws IOException {
        ReferenceRegistry registry = ReferenceRegistry.load(corpus.request().corpus());
        List<Flag> linked = ResourceLinks.attach(corpus.flags());
        List<Flag> out = new ArrayList<>(linked);
        out.addAll(ConflictFinder.find(linked, registry, CorpusManifest.states(corpus.request().corpus())));
        out.sort(DOCUMENT_ORDER);
        return out;
    }
}
