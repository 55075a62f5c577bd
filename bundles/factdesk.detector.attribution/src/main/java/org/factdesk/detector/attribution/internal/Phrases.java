package org.factdesk.detector.attribution.internal;

/**
 * Finds where a source phrase ends: "the CT Department of Children and Families", "a 2023 county survey",
 * "Windham Hospital outreach data". A phrase is a run of words joined only by white space, at most
 * {@link #MAX_WORDS} long, made of determiners, capitalized words, years, source words and modifiers, and small
 * joining words inside it. An unknown lower-case word is let in only inside a phrase and right before a document
 * noun ("emergency room data"), so that the phrase does not run into the claim.
 */
final class Phrases {
    static final int MAX_WORDS = 14;

    private Phrases() {
    }

    /**
     * The end (exclusive word index) of the phrase that starts at word {@code from}, not beyond {@code limit};
     * {@code from} itself when no phrase starts there. Trailing joining words and determiners are left out.
     */
    static int end(SentenceView s, int from, int limit) {
        int i = from;
        while (i < limit && i - from < MAX_WORDS) {
            if (i > from && !s.spacedFromPrevious(i)) {
                break;
            }
            if (!fits(s, from, i, limit)) {
                break;
            }
            i++;
        }
        while (i > from && isJoiner(s.lower(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean fits(SentenceView s, int from, int i, int limit) {
        Token t = s.token(i);
        String w = Words.bare(t.lower());
        boolean verb = Lexicon.REPORTING_VERBS.contains(w) && !Lexicon.DOCUMENT_NOUNS.contains(w)
                && !Lexicon.MODIFIERS.contains(w) && w.equals(t.lower());
        if (Lexicon.NOT_SOURCES.contains(w) || verb) {
            return false;
        }
        if (t.capitalized() || t.year() || Lexicon.DETERMINERS.contains(w) || Lexicon.isSourceHead(w)
                || Lexicon.VAGUE_MODIFIERS.contains(w) || Lexicon.MODIFIERS.contains(w)) {
            return true;
        }
        if (Lexicon.isTitle(w) && !w.equals(t.lower())) {
            return true; // a possessive title: "the mayor’s office"
        }
        if (i > from && Lexicon.CONNECTORS.contains(w)) {
            return true;
        }
        boolean inside = i > from && !isJoiner(s.lower(i - 1));
        return inside && documentNounWithin(s, i + 1, Math.min(limit, i + 3));
    }

    private static boolean documentNounWithin(SentenceView s, int from, int to) {
        for (int k = from; k < to && k < s.size(); k++) {
            if (!s.spacedFromPrevious(k)) {
                return false;
            }
            if (Lexicon.DOCUMENT_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isJoiner(String lower) {
        return Lexicon.CONNECTORS.contains(lower) || Lexicon.DETERMINERS.contains(lower);
    }
}
