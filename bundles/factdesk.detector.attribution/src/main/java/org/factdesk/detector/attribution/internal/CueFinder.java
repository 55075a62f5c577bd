package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every cue rule on a sentence and keeps the outermost cue where two overlap ("data from a 2023 survey
 * shows" is one attribution, not two). Stateless; the document's memory is passed in.
 */
final class CueFinder {
    private final List<CueRule> rules = List.of(
            new AccordingToRule(), new ReportingVerbRule(), new SpeakerAfterQuoteRule(), new ParentheticalRule(),
            new DocumentMentionRule(), new SourceLineRule(), new PassiveRule(), new AppositiveSpeakerRule());

    List<Cue> find(SentenceView sentence, DocumentMemory memory) {
        List<Cue> all = new ArrayList<>();
        for (CueRule rule : rules) {
            rule.find(sentence, memory, all);
        }
        all.sort(Comparator.comparingInt(Cue::start).thenComparing(Comparator.comparingInt(Cue::end).reversed()));
        List<Cue> kept = new ArrayList<>();
        for (Cue c : all) {
            Cue last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && c.start() < last.end()) {
                continue;
            }
            kept.add(c);
        }
        return kept;
    }
}
