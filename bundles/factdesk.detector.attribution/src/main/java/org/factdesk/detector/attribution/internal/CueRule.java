package org.factdesk.detector.attribution.internal;

import java.util.List;

/** One way a sentence can credit a claim to a source. Implementations are stateless. */
interface CueRule {
    void find(SentenceView sentence, DocumentMemory memory, List<Cue> out);
}
