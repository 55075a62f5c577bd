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

    /** A digit followed, perhaps after a space, by "a" or "p": the start of "9 a.m." or "5pm". */
    static boolean hasClockTime(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                int j = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
                if (j < to && "aApP".indexOf(text.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the range holds {@code needle}, ignoring case or not. */
    static boolean contains(String text, int from, int to, String needle, boolean ignoreCase) {
        int last = to - needle.length();
        char first = needle.charAt(0);
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            boolean candidate = ignoreCase ? Character.toLowerCase(c) == Character.toLowerCase(first) : c == first;
            if (candidate && text.regionMatches(ignoreCase, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
