package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim credited to nobody in particular: "It is estimated that ...", "It has been reported that ...". The passive
 * hides the source, which makes the claim as hard to check as "studies show"; it is reported as an unnamed source.
 */
final class PassiveRule implements CueRule {
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\bit (?:is|was|has been|had been) (estimated|believed|reported|said|thought|claimed|known) that\\b");
    private static final Map<String, String> SOURCE_BY_VERB = Map.of(
            "estimated", "estimate", "believed", "belief", "reported", "reports", "said", "claim", "thought", "belief",
            "claimed", "claim", "known", "claim");
    /** The verbs of {@link #PASSIVE}, one of which a sentence must hold as a word for this rule to fire. */
    static final Set<String> VERBS = SOURCE_BY_VERB.keySet();

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        if (!hasIt(s)) {
            return;
        }
        Matcher m = PASSIVE.matcher(s.text()).region(s.span().start(), s.span().end());
        while (m.find()) {
            String noun = SOURCE_BY_VERB.get(m.group(1).toLowerCase(Locale.ROOT));
            out.add(new Cue(m.start(), m.end(), new Source(noun + " (unnamed)", SourceKind.UNNAMED), Cue.Reach.FORWARD));
        }
    }

    private static boolean hasIt(SentenceView s) {
        for (Token t : s.tokens()) {
            if (t.lower().equals("it")) {
                return true;
            }
        }
        return false;
    }
}
