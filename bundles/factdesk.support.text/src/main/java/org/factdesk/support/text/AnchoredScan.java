package org.factdesk.support.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only begin at certain positions (where a digit or a keyword's first letter
 * stands), found by trying it there only. {@link Matcher#find()} tries every position of its region, and for the
 * detectors' patterns most of that time goes into failing at positions that cannot begin a match.
 *
 * <p>The result is the same as repeated {@code find()} over the same region with transparent bounds, match for
 * match, provided that the {@link Starts} finds every position where a match can begin (it may find more) and the
 * pattern never matches the empty string nor uses {@code ^} or {@code $} (the region of each try ends at its start, so
 * these would mean something else): a match is tried from each such position in order, with transparent
 * bounds so that look-behind, look-ahead and word boundaries see the text around it, and the search goes on where
 * the last match ended, as {@code find()} does.
 */
public final class AnchoredScan {
    /** Where a match may begin. */
    @FunctionalInterface
    public interface Starts {
        /** The first position in {@code [from, to)} where a match may begin, or -1 when there is none. */
        int next(String text, int from, int to);
    }

    /** Positions holding an ASCII digit: the start of every pattern that opens with {@code \d}. */
    public static final Starts ASCII_DIGIT = (text, from, to) -> {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    };

    private AnchoredScan() {
    }

    /** Positions holding one of the given characters, as written. */
    public static Starts anyOf(String characters) {
        Objects.requireNonNull(characters, "characters");
        return (text, from, to) -> {
            for (int i = from; i < to; i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        };
    }

    /**
     * Every position {@code starts} finds in {@code [from, to)}, in order: found once, they serve several patterns
     * that begin at the same places (through {@link #at}).
     */
    public static int[] all(String text, int from, int to, Starts starts) {
        Positions found = new Positions();
        for (int i = starts.next(text, from, to); i >= 0; i = i + 1 < to ? starts.next(text, i + 1, to) : -1) {
            found.add(i);
        }
        return found.toArray();
    }

    /** The positions of an ascending array, such as {@link #all} returns. */
    public static Starts at(int[] ascending) {
        int[] positions = ascending.clone();
        return (text, from, to) -> {
            int k = Arrays.binarySearch(positions, from);
            int i = k >= 0 ? k : -k - 1;
            return i < positions.length && positions[i] < to ? positions[i] : -1;
        };
    }

    /** Every match in {@code [from, to)}, as {@code find()} over that region with transparent bounds gives them. */
    public static List<MatchResult> matches(Pattern pattern, String text, int from, int to, Starts starts) {
        int first = starts.next(text, from, to);
        if (first < 0) {
            return List.of(); // the usual answer: no matcher made for it
        }
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = first; i >= 0; ) {
            m.region(i, to);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                i = m.end() < to ? starts.next(text, m.end(), to) : -1;
            } else {
                i = i + 1 < to ? starts.next(text, i + 1, to) : -1;
            }
        }
        return out;
    }
}
