package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.document.Span;

/**
 * Rejoins sentences that were cut after a title abbreviation ("according to Lt. | Sam Ortiz, ..."), since a rank
 * before a name does not end a sentence. Only sentences separated by white space alone are joined.
 */
final class TitleAbbreviations {
    private static final Set<String> TITLES = Set.of(
            "lt", "sgt", "det", "capt", "cpl", "ofc", "insp", "supt", "lieut", "cmdr", "dep", "atty", "sen", "rep",
            "gov", "dr", "prof");

    private TitleAbbreviations() {
    }

    static List<Span> rejoin(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        Span pending = null;
        for (Span s : sentences) {
            if (pending != null && onlySpaceBetween(text, pending.end(), s.start())) {
                pending = new Span(pending.start(), s.end());
            } else {
                if (pending != null) {
                    out.add(pending);
                }
                pending = s;
            }
            if (!endsWithTitle(text, pending)) {
                out.add(pending);
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean endsWithTitle(String text, Span s) {
        if (s.end() > text.length() || s.length() < 2 || text.charAt(s.end() - 1) != '.') {
            return false;
        }
        int w = s.end() - 1;
        while (w > s.start() && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return TITLES.contains(text.substring(w, s.end() - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (from > to || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
