package org.factdesk.detector.citation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.Positions;
import org.factdesk.support.text.AsciiChars;
import org.factdesk.support.text.LowerCaseWords;

/**
 * The places in a text where a citation can start: the words and signs every citation pattern begins with
 * ("Minn.", "Statutes", "Penal", "Title", "§", a number before "U.S.C."). One pass finds them all; each
 * pattern is then tried only there, anchored, over a bounded stretch of text. Searching the whole text with
 * a dozen patterns would cost a dozen regular-expression scans of every character; this costs one plain scan
 * and a few anchored attempts per legal word.
 *
 * <p>The scan copies no word: each is looked up where it stands ({@link LowerCaseWords}), and only the anchors are
 * recorded.
 */
final class Anchors {
    /** The anchor word of a number (the title in "18 U.S.C.", "8 CFR"). */
    static final String NUMBER = "#";
    /**
     * The anchor word of a number of at most three digits, maybe with a letter ("17-A"), followed by one to three
     * white-space characters and a capital: where a code cited by its title begins ("18 Pa.C.S.", "720 ILCS",
     * "17-A M.R.S."). Each is also a {@link #NUMBER}; most numbers (years, amounts) are not one of these.
     */
    static final String NUMBER_BEFORE_CAPITAL = "#A";
    /** The anchor word of a section sign. */
    static final String SECTION_SIGN = "§";

    /** No citation is longer than this; a pattern reads no further from its anchor. */
    private static final int REACH = 240;

    private static final LowerCaseWords WORDS = LowerCaseWords.of(words());

    private static Set<String> words() {
        Set<String> words = new HashSet<>(Set.of(
                "minn", "minnesota", "m", "wis", "wisconsin", "s", "ss", "conn", "connecticut", "c", "cgs", "cgsa", "n",
                "ny", "new", "penal", "tex", "texas", "cal", "california", "section", "sections", "sec", "secs", "title",
                "chapter", "ch", "article", "art", "pub", "public", "p", "city", "municipal", "code", "ordinance",
                "legislative", "county", "state", "statute", "statutes", "stat"));
        words.addAll(StateCodes.anchorWords());
        return Set.copyOf(words);
    }

    private final String text;
    /** The positions of each anchor word, in text order. */
    private final Map<String, Positions> positions = new HashMap<>();
    /**
     * The positions of each set of anchor words already asked for: the finders ask with the same constant sets,
     * several of them more than once.
     */
    private final Map<Set<String>, int[]> startsBySet = new IdentityHashMap<>();

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
                String word = WORDS.find(text, i, end);
                if (word != null) {
                    add(word, i);
                }
                i = end;
            } else if (c == '§' && before != '§') {
                add(SECTION_SIGN, i);
                i++;
            } else if (isDigit(c)) {
                int start = i;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                if (!isDigit(before) && !isLetter(before) && before != '.') {
                    add(NUMBER, start);
                    if (i - start <= 3 && isCapitalAfterSpace(text, i)) {
                        add(NUMBER_BEFORE_CAPITAL, start);
                    }
                }
            } else {
                i++;
            }
        }
    }

    /**
     * The matches of {@code pattern} that start at an anchor whose word is one of {@code words}, in text
     * order and not overlapping one another. {@code words} is one of the finders' unmodifiable constants: its
     * positions are collected once per text.
     */
    List<MatchResult> matches(Pattern pattern, Set<String> words) {
        return matches(pattern, words, false);
    }

    /**
     * As {@link #matches(Pattern, Set)}, for a pattern whose every match begins with a capital letter
     * ({@link Fragments#beginsWithCapital}): it is not tried at the anchors written in lower case, which are most
     * of them ("or", "me", "a", "code", "new").
     */
    List<MatchResult> matchesFromCapitals(Pattern pattern, Set<String> words) {
        return matches(pattern, words, true);
    }

    private List<MatchResult> matches(Pattern pattern, Set<String> words, boolean capitalsOnly) {
        List<MatchResult> out = new ArrayList<>();
        int[] starts = startsOf(words);
        if (starts.length == 0) {
            return out;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int reached = 0;
        for (int position : starts) {
            if (position < reached || capitalsOnly && !isCapital(text.charAt(position))) {
                continue;
            }
            m.region(position, Math.min(text.length(), position + REACH));
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                reached = m.end();
            }
        }
        return out;
    }

    private void add(String word, int position) {
        positions.computeIfAbsent(word, w -> new Positions()).add(position);
    }

    /** The positions of the given anchor words, in text order. */
    private int[] startsOf(Set<String> words) {
        int[] starts = startsBySet.get(words);
        if (starts == null) {
            starts = collectStarts(words);
            startsBySet.put(words, starts);
        }
        return starts;
    }

    private int[] collectStarts(Set<String> words) {
        int n = 0;
        for (String w : words) {
            Positions p = positions.get(w);
            n += p == null ? 0 : p.size();
        }
        int[] starts = new int[n];
        int k = 0;
        for (String w : words) {
            Positions p = positions.get(w);
            if (p != null) {
                p.copyTo(starts, k);
                k += p.size();
            }
        }
        Arrays.sort(starts);
        return starts;
    }

    /** The positions of one anchor word, without a boxed integer each. */
    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a letter suffix ("-A") may come at {@code at}, then one to three characters of the patterns' white
     * space ({@code [\\s\\u00A0]}), then a capital.
     */
    private static boolean isCapitalAfterSpace(String text, int at) {
        int n = text.length();
        int i = at + 1 < n && text.charAt(at) == '-' && isCapital(text.charAt(at + 1)) ? at + 2 : at;
        int spaces = 0;
        while (i < n && spaces < 3 && isSpace(text.charAt(i))) {
            i++;
            spaces++;
        }
        return spaces > 0 && i < n && isCapital(text.charAt(i));
    }

    private static boolean isSpace(char c) {
        return AsciiChars.isRegexSpace(c) || c == '\u00A0';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
