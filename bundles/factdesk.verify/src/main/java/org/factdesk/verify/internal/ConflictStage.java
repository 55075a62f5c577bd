package org.factdesk.verify.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.CorpusView;
import org.osgi.service.component.annotations.Component;

/**
 * The verification stage of the main job (order 100): ties phone numbers to their organizations
 * ({@link ResourceLinks}), then adds {@code conflict} flags ({@link ConflictFinder}). It reads phone, resource and
 * statistic flags only, and says so ({@link CorpusStage#TYPES}): the claims, most of a corpus's flags, pass it by.
 */
@Component(property = {CorpusStage.ORDER + ":Integer=100", CorpusStage.TYPES + "=" + FlagTypes.PHONE,
        CorpusStage.TYPES + "=" + FlagTypes.RESOURCE, CorpusStage.TYPES + "=" + FlagTypes.STATISTIC})
public final class ConflictStage implements CorpusStage {
    @Override
    public List<Flag> process(CorpusView corpus) throws IOException {
        ReferenceRegistry registry = ReferenceRegistry.load(corpus.request().corpus());
        List<Flag> linked = ResourceLinks.attach(corpus.flags());
        List<Flag> out = new ArrayList<>(linked);
        out.addAll(ConflictFinder.find(linked, registry, CorpusManifest.states(corpus.request().corpus())));
        out.sort(Flag.DOCUMENT_ORDER);
        return out;
    }
}
