package org.factdesk.detector.citation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a text where a citation can start: the words and signs every citation pattern begins with
 * ("Minn.", "Statutes", "Penal", "Title", "§", a number before "U.S.C."). One pass finds them all; each
 * pattern is then tried only there, anchored, over a bounded stretch of text. Searching the whole text with
 * a dozen patterns would cost a dozen regular-expression scans of every character; this costs one plain scan
 * and a few anchored attempts per legal word.
 */
final class Anchors {
    /** The anchor word of a number (the title in "18 U.S.C.", "8 CFR"). */
    static final String NUMBER = "#";
    /** The anchor word of a section sign. */
    static final String SECTION_SIGN = "§";

    /** No citation is longer than this; a pattern reads no further from its anchor. */
    private static final int REACH = 240;
    private static final int LONGEST_WORD = 12; // "legislative", "connecticut"

    private static final Set<String> WORDS = Set.of(
            "minn", "minnesota", "m", "wis", "wisconsin", "s", "ss", "conn", "connecticut", "c", "cgs", "cgsa", "n",
            "ny", "new", "penal", "tex", "texas", "cal", "california", "section", "sections", "sec", "secs", "title",
            "chapter", "ch", "article", "art", "pub", "public", "p", "city", "municipal", "code", "ordinance",
            "legislative", "county", "state", "statute", "statutes", "stat");

    private record Anchor(int position, String word) {
    }

    private final String text;
    private final List<Anchor> anchors = new ArrayList<>();

    Anchors(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (isLetter(c)) {
                int end = i;
                while (end < n && isLetter(text.charAt(end))) {
                    end++;
                }
                if (end - i <= LONGEST_WORD) {
                    String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                    if (WORDS.contains(word)) {
                        anchors.add(new Anchor(i, word));
                    }
                }
                i = end;
            } else if (c == '§' && before != '§') {
                anchors.add(new Anchor(i, SECTION_SIGN));
                i++;
            } else if (isDigit(c)) {
                if (!isDigit(before) && !isLetter(before) && before != '.') {
                    anchors.add(new Anchor(i, NUMBER));
                }
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * The matches of {@code pattern} that start at an anchor whose word is one of {@code words}, in text
     * order and not overlapping one another.
     */
    List<MatchResult> matches(Pattern pattern, Set<String> words) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int reached = 0;
        for (Anchor a : anchors) {
            if (a.position() < reached || !words.contains(a.word())) {
                continue;
            }
            m.region(a.position(), Math.min(text.length(), a.position() + REACH));
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                reached = m.end();
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
