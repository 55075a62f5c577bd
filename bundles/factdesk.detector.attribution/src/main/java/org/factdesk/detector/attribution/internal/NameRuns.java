package org.factdesk.detector.attribution.internal;

/**
 * Runs of capitalized words that make one name: "Minnesota Department of Health", "Drug &amp; Violent Crime Task
 * Force". Small joining words (of, and, &amp;, for, on, the, at) stay inside a run when a capitalized word follows them.
 */
final class NameRuns {
    private NameRuns() {
    }

    /** The end (exclusive word index) of the name that starts at capitalized word {@code from}, within {@code limit}. */
    static int end(SentenceView s, int from, int limit) {
        int i = from + 1;
        int end = i;
        while (i < limit && s.spacedFromPrevious(i)) {
            Token t = s.token(i);
            if (t.capitalized()) {
                end = ++i;
            } else if (isInnerJoiner(t.lower()) && i + 1 < limit && s.spacedFromPrevious(i + 1) && s.token(i + 1).capitalized()) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    static int end(SentenceView s, int from) {
        return end(s, from, s.size());
    }

    private static boolean isInnerJoiner(String lower) {
        return lower.equals("of") || lower.equals("and") || lower.equals("&") || lower.equals("for")
                || lower.equals("on") || lower.equals("the") || lower.equals("at");
    }
}
