package org.factdesk.detector.resource.internal;

/** Cheap scans over a range of text, so that the finders run their patterns only where they can match. */
final class TextScan {
    private TextScan() {
    }

    static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    /** An ASCII digit (as {@code \\d}) followed, perhaps after a space, by "a" or "p": the start of "9 a.m." or "5pm". */
    static boolean hasClockTime(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
                if (j < to && "aApP".indexOf(text.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The length of the longest run of consecutive digits in the range: a short code needs five, a US number's
     * groups need three or four.
     */
    static int longestDigitRun(String text, int from, int to) {
        int longest = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** True when the range holds {@code needle} as written. */
    static boolean contains(String text, int from, int to, String needle) {
        return text.indexOf(needle, from, to) >= 0;
    }

    /**
     * True when the range holds {@code needle} (lower-case ASCII), ignoring the case of ASCII letters as the
     * patterns' {@code (?i)} does. Jumps from one occurrence of the first letter, in either case, to the next, so
     * the usual range is scanned at the speed of {@link String#indexOf(int, int, int)}, and a false start is
     * usually over at its second letter.
     */
    static boolean containsIgnoreCase(String text, int from, int to, String needle) {
        int end = to - needle.length() + 1;
        if (end <= from) {
            return false;
        }
        char lower = needle.charAt(0);
        char upper = Character.toUpperCase(lower);
        int nextLower = text.indexOf(lower, from, end);
        int nextUpper = upper == lower ? -1 : text.indexOf(upper, from, end);
        while (nextLower >= 0 || nextUpper >= 0) {
            boolean lowerFirst = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper;
            int at = lowerFirst ? nextLower : nextUpper;
            if (restMatches(text, at, needle)) {
                return true;
            }
            if (lowerFirst) {
                nextLower = text.indexOf(lower, at + 1, end);
            } else {
                nextUpper = text.indexOf(upper, at + 1, end);
            }
        }
        return false;
    }

    /** The needle's letters after the first stand at {@code at + 1} on, in either case. */
    private static boolean restMatches(String text, int at, String needle) {
        for (int k = 1; k < needle.length(); k++) {
            char c = text.charAt(at + k);
            if (c != needle.charAt(k) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != needle.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
