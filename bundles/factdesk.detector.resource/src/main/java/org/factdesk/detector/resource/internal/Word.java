package org.factdesk.detector.resource.internal;

import java.util.Locale;

/**
 * A word of the document with its offsets in the document's text.
 *
 * @param start first character, inclusive
 * @param end   after the last character
 * @param text  the word as written
 */
record Word(int start, int end, String text) {
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The lower-case word without a possessive ending: "Willmar’s" gives "willmar". */
    String bare() {
        String w = lower();
        return isPossessive() ? w.substring(0, w.length() - 2) : w;
    }

    boolean isPossessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean allDigits() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Three or more letters, all upper case: "SERA", "NHTH"; digits may follow ("DART7" is not one). */
    boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
            letters++;
        }
        return letters >= 3;
    }

    /** Letters and digits mixed in one word: "Love146". */
    boolean alphanumeric() {
        if (!Character.isLetter(text.charAt(0))) {
            return false; // and so it has a letter: only a digit is missing
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
