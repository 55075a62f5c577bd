package org.factdesk.detector.resource.internal;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.LowerCaseWords;

/**
 * Cuts a range of text into words. A word is a run of letters and digits; an apostrophe, hyphen or period between
 * two letters or digits stays inside it ({@code Willmar’s}, {@code Co-op}, {@code U.S}), and the period after a
 * known abbreviation is kept ({@code St.}). An ampersand is a word of its own. Linear in the length of the range.
 */
final class Tokenizer {
    private static final LowerCaseWords ABBREVIATIONS = LowerCaseWords.of("st", "mt", "ft", "dr", "jr", "sr", "inc", "co",
            "dept", "u.s");

    private Tokenizer() {
    }

    static Words words(String text, Span range) {
        Words out = new Words(text);
        int i = range.start();
        int to = range.end();
        while (i < to) {
            char c = text.charAt(i);
            if (c == '&') {
                out.add(i, i + 1);
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i < to && text.charAt(i) == '.' && ABBREVIATIONS.contains(text, start, i)) {
                i++;
            }
            out.add(start, i);
        }
        return out;
    }

    /** True when only white space lies between the two offsets. */
    static boolean onlySpace(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
