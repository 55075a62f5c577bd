package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source in brackets after a figure: "poverty rate at 28% (U.S. Census)", "(Source: FBI Uniform Crime Report)",
 * "(Polaris Project, 2021)". Brackets that name a source word or a public body are taken only after a clause that
 * holds a number, since a bracket after a name usually spells it out ("SERA (Safe Education Resources &amp;
 * Advocacy)"); brackets that say "Source:" or cite a name with a year are always taken.
 */
final class ParentheticalRule implements CueRule {
    /** Words that label a bracket's content as a source. */
    static final Set<String> SOURCE_LABELS = Set.of("source", "sources", "data", "per", "via", "cited");
    private static final int MAX_CONTENT = 100;

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        String text = s.text();
        int open = -1;
        for (int i = s.span().start(); i < s.span().end(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                if (looksInto(open, i)) {
                    bracket(s, open, i, memory, out);
                }
                open = -1;
            }
        }
    }

    /** True when the brackets at {@code open} and {@code close} hold few enough characters to name a source. */
    static boolean looksInto(int open, int close) {
        return close - open - 1 >= 2 && close - open - 1 <= MAX_CONTENT;
    }

    private static void bracket(SentenceView s, int open, int close, DocumentMemory memory, List<Cue> out) {
        int first = firstTokenAfter(s, open);
        int last = lastTokenBefore(s, close);
        if (first < 0 || last < first) {
            return;
        }
        boolean labelled = SOURCE_LABELS.contains(s.lower(first)) && s.gapAfter(first).strip().startsWith(":")
                || s.lower(first).equals("per") || s.lower(first).equals("via");
        int from = labelled ? first + 1 : first;
        String year = null;
        int to = last + 1;
        if (to - from >= 2 && s.token(last).year() && s.gapBefore(last).strip().equals(",")) {
            year = s.token(last).text();
            to = last;
        }
        if (from >= to || !s.token(from).capitalized() && !labelled) {
            return;
        }
        if (Phrases.end(s, from, to) != to || hasNonYearDigits(s, from, to)) {
            return;
        }
        boolean citation = year != null;
        if (!labelled && !citation && !(namesSource(s, from, to) && numberBefore(s, open))) {
            return;
        }
        Optional<Source> source = SourceNames.of(s, from, to, year, memory);
        source.ifPresent(src -> out.add(new Cue(open, close + 1, src, Cue.Reach.BACKWARD)));
    }

    private static boolean namesSource(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = Words.bare(s.lower(i));
            if (Lexicon.DOCUMENT_NOUNS.contains(w) || Lexicon.GOVERNMENT_WORDS.contains(w) || Lexicon.RESEARCH_WORDS.contains(w)
                    || Lexicon.MEDIA_WORDS.contains(w) || Lexicon.GOVERNMENT_ACRONYMS.contains(s.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonYearDigits(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!t.year() && t.text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** A digit between the start of the clause and the bracket: the bracket credits a figure. */
    private static boolean numberBefore(SentenceView s, int open) {
        int clauseStart = Clauses.clauseStart(Clauses.separators(s.text(), s.span()), s.span(), open);
        for (int i = clauseStart; i < open; i++) {
            if (Character.isDigit(s.text().charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int firstTokenAfter(SentenceView s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(SentenceView s, int offset) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.token(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }
}
