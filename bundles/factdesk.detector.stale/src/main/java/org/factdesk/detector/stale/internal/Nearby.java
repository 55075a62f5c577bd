package org.factdesk.detector.stale.internal;

import java.util.Locale;

/**
 * What lies just before or after an offset: line boundaries and the previous word. Every search is bounded,
 * so that a 50 MB text without line breaks and with many dates costs linear time, not quadratic.
 */
final class Nearby {
    /** Longer than any word this detector looks for ("published"). */
    static final int WORD_REACH = 16;

    private Nearby() {
    }

    /** The start of the line containing {@code offset}, or -1 when it lies more than {@code reach} back. */
    static int lineStart(CharSequence text, int offset, int reach) {
        int stop = Math.max(0, offset - reach);
        for (int i = offset - 1; i >= stop; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return stop == 0 ? 0 : -1;
    }

    /** The end of the line containing {@code offset}, or -1 when it lies more than {@code reach} ahead. */
    static int lineEnd(CharSequence text, int offset, int reach) {
        int stop = Math.min(text.length(), offset + reach);
        for (int i = offset; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return stop == text.length() ? stop : -1;
    }

    /**
     * What stands before {@code offset}, skipping up to three spaces: the lower-cased word (letters only), or
     * the single character that is there instead, or the empty string at the start of the text.
     */
    static String tokenBefore(CharSequence text, int offset) {
        int i = offset;
        int spaces = 0;
        while (i > 0 && text.charAt(i - 1) == ' ' && spaces < 3) {
            i--;
            spaces++;
        }
        if (i == 0) {
            return "";
        }
        int end = i;
        while (i > 0 && end - i < WORD_REACH && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == end) {
            return String.valueOf(text.charAt(end - 1));
        }
        return text.subSequence(i, end).toString().toLowerCase(Locale.ROOT);
    }
}
