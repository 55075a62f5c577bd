package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a range of text into words. A word is a run of letters and digits; an apostrophe, hyphen or period between
 * two letters or digits stays inside it ({@code Minnesota’s}, {@code Anti-Trafficking}, {@code U.S}), and the
 * period after an initialism or a known abbreviation is kept ({@code U.S.}, {@code St.}). An ampersand is a word
 * of its own. Everything else separates words. Linear in the length of the range.
 */
final class Tokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "st", "mt", "ft", "dr", "jr", "sr", "inc", "co", "dept", "gov", "sen", "rep", "sgt", "lt", "det", "capt",
            "prof", "mr", "mrs", "ms");

    private Tokenizer() {
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '&') {
                out.add(Token.of(i, i + 1, "&"));
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, start, to);
            if (i < to && text.charAt(i) == '.' && keepsPeriod(text.substring(start, i))) {
                i++;
            }
            out.add(Token.of(start, i, text.substring(start, i)));
        }
        return out;
    }

    /**
     * The end of the word that starts at letter or digit {@code start}, before any period an abbreviation keeps.
     * {@link CueWords} walks words by this too, so that it sees exactly the words the rules see.
     */
    static int wordEnd(String text, int start, int to) {
        int i = start + 1;
        while (i < to) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                i++;
            } else if (isJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.';
    }

    /** {@code U.S} (letters joined by periods) and short abbreviations such as {@code St} keep their final period. */
    private static boolean keepsPeriod(String word) {
        return word.length() >= 3 && word.charAt(1) == '.' || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
