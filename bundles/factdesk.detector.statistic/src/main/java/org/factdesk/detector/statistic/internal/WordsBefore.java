package org.factdesk.detector.statistic.internal;

/**
 * Reads the words right before a position, backwards, a few characters at a time. The look-behind checks
 * (qualifiers, labels, months) compare these words with fixed lists instead of running a regular expression
 * over a window, which keeps each check to a few dozen character reads even on text made of numbers.
 */
final class WordsBefore {
    /** A word (with a trailing period if it has one) and where it starts. */
    record Word(String text, int start) {
    }

    private static final int MAX_WORD = 16;
    private static final int MAX_GAP = 3;

    private WordsBefore() {
    }

    /**
     * The word that ends before {@code pos}, separated from it by 0 to {@value #MAX_GAP} white-space characters
     * when {@code gapRequired} is false, 1 to {@value #MAX_GAP} when true; {@code null} when there is none.
     * Letters and an optional final period make the word ("approx.", "No.").
     */
    static Word before(String text, int pos, boolean gapRequired) {
        int end = pos;
        while (end > 0 && pos - end < MAX_GAP && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || gapRequired && end == pos || isSpace(text.charAt(end - 1))) {
            return null;
        }
        int wordEnd = end;
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORD && NumberScanner.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && NumberScanner.isLetter(text.charAt(start - 1))) {
            return null;
        }
        return new Word(text.substring(start, wordEnd), start);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }
}
