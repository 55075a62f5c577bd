package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only begin at certain positions (where a keyword or a digit of the right kind
 * stands), found by trying it there only. {@link Matcher#find()} tries every position of the text, and for the
 * phone patterns most of the detector's time went into failing at positions that cannot begin a match.
 *
 * <p>The result is the same as repeated {@code find()} over the whole text, match for match, provided that the
 * {@link Starts} finds every position where a match can begin (it may find more) and the pattern never matches the
 * empty string: a match is tried from each such position in order, with transparent bounds so that look-behind,
 * look-ahead and word boundaries see the text around it, and the search goes on where the last match ended, as
 * {@code find()} does.
 */
final class AnchoredScan {
    /** The positions where a match may begin. */
    interface Starts {
        /** The first position at or after {@code from} where a match may begin, or -1 when there is none. */
        int next(int from);

        /** The positions of an ascending array, found once and shared by several patterns. */
        static Starts of(int[] ascending) {
            return from -> {
                int k = Arrays.binarySearch(ascending, from);
                int i = k >= 0 ? k : -k - 1;
                return i < ascending.length ? ascending[i] : -1;
            };
        }

        /** Every position {@code starts} finds, in order. */
        static int[] all(Starts starts) {
            int[] found = new int[8];
            int n = 0;
            for (int i = starts.next(0); i >= 0; i = starts.next(i + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
            return Arrays.copyOf(found, n);
        }
    }

    private AnchoredScan() {
    }

    static List<MatchResult> matches(Pattern pattern, String text, Starts starts) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = starts.next(0); i >= 0 && i < n; ) {
            m.region(i, n);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                i = starts.next(m.end());
            } else {
                i = starts.next(i + 1);
            }
        }
        return out;
    }

    /** Every match of the pattern, by {@link Matcher#find()} over the whole text: the reference. */
    static List<MatchResult> everywhere(Pattern pattern, String text) {
        return pattern.matcher(text).results().toList();
    }
}
