package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;

/** A line that names the source of what comes before it: "Source: Minnesota Department of Health, 2022." */
final class SourceLineRule implements CueRule {
    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        if (s.size() < 2) {
            return;
        }
        String first = s.lower(0);
        boolean label = first.equals("source") || first.equals("sources")
                || first.equals("data") && s.lower(1).equals("source") && s.size() > 2;
        int labelEnd = first.equals("data") ? 1 : 0;
        if (!label || !s.gapAfter(labelEnd).strip().startsWith(":")) {
            return;
        }
        int from = labelEnd + 1;
        int to = Phrases.end(s, from, s.size());
        String year = null;
        if (to < s.size() && s.token(to).year() && s.gapBefore(to).strip().equals(",")) {
            year = s.token(to).text();
        }
        if (to == from) {
            return;
        }
        Optional<Source> source = SourceNames.of(s, from, to, year, memory);
        source.ifPresent(src -> out.add(new Cue(s.token(0).start(), s.token(to - 1).end(), src, Cue.Reach.SOURCE_LINE)));
    }
}
