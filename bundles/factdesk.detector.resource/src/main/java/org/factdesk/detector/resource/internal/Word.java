package org.factdesk.detector.resource.internal;

import java.util.Locale;

/**
 * A word of the document: its offsets in the document's text, read in place. Most words of a page are only asked
 * whether they are capitalized, so the word is copied out of the text only when its characters are needed as a
 * string ({@link #text()}, once per {@code Word}: {@link Words} makes a new one each time it is asked). Not
 * thread-safe; it lives within one detection.
 */
final class Word {
    private final String source;
    private final int start;
    private final int end;
    private String text;

    /**
     * @param source the document's text
     * @param start  first character, inclusive
     * @param end    after the last character
     */
    Word(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int length() {
        return end - start;
    }

    /** The word as written. */
    String text() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }

    String lower() {
        return text().toLowerCase(Locale.ROOT);
    }

    /** The lower-case word without a possessive ending: "Willmar’s" gives "willmar". */
    String bare() {
        String w = lower();
        return isPossessive() ? w.substring(0, w.length() - 2) : w;
    }

    boolean isPossessive() {
        return length() > 2 && source.charAt(end - 1) == 's' && (source.charAt(end - 2) == '’' || source.charAt(end - 2) == '\'');
    }

    boolean capitalized() {
        return Character.isUpperCase(source.charAt(start));
    }

    boolean allDigits() {
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Three or more letters, all upper case: "SERA", "NHTH"; digits may follow ("DART7" is not one). */
    boolean acronym() {
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
        }
        return length() >= 3;
    }

    /** Letters and digits mixed in one word: "Love146". */
    boolean alphanumeric() {
        if (!Character.isLetter(source.charAt(start))) {
            return false; // and so it has a letter: only a digit is missing
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isDigit(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
