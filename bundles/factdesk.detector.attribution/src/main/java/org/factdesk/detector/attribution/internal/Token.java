package org.factdesk.detector.attribution.internal;

import java.util.Locale;

/**
 * A word of the document with its offsets in the document's text.
 *
 * @param start first character, inclusive
 * @param end   after the last character
 * @param text  the word as written (may carry internal apostrophes, hyphens and abbreviation periods)
 * @param lower the word in lower case, computed once since every rule looks words up by it
 */
record Token(int start, int end, String text, String lower) {
    static Token of(int start, int end, String text) {
        return new Token(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Two or more letters, all upper case: {@code FBI}, {@code PD}, {@code U.S.}. */
    boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A four-digit year from 1900 to 2099. */
    boolean year() {
        return text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                && Character.isDigit(text.charAt(2)) && Character.isDigit(text.charAt(3));
    }
}
