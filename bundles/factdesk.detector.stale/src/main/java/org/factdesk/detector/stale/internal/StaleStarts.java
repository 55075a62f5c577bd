package org.factdesk.detector.stale.internal;

import org.factdesk.support.text.Positions;

/**
 * Where a date ({@link DateFinder}) or a relative phrase ({@link RelativePhrases}) can begin, found in one pass over
 * the characters of a text. Both finders used to walk every character of the text themselves; now each tries its
 * pattern only at the positions listed here.
 *
 * <p>Nothing can be lost: each finder's own test ({@link DateFinder#canStartDate}, {@link RelativePhrases#canStart})
 * decides every position listed, and a position is left out only when that test is certainly false there. Both tests
 * require a position that does not follow a letter or digit ({@link Character#isLetterOrDigit}), and
 * <ul>
 * <li>a date starts with an ASCII digit or with one of the capitals "JFMASOND";</li>
 * <li>a relative phrase starts with a letter ({@link Character#isLetter}); when that letter is ASCII, its lower case
 * is the first letter of one of {@link RelativePhrases#FIRST_WORDS}, because ASCII letters lower-case on their own.
 * Any other letter is handed to the phrase test, which decides exactly.</li>
 * </ul>
 * The finders then visit the listed positions in order, skipping those inside the previous match, which is what
 * their character-by-character loops did.
 */
final class StaleStarts {
    private static final byte WORD_CHAR = 1;
    private static final byte DATE_INITIAL = 2;
    private static final byte PHRASE_INITIAL = 4;
    /** What each ASCII character can be, as the bits above. */
    private static final byte[] ASCII_ROLES = asciiRoles();

    private final int[] dates;
    private final int[] phrases;

    private StaleStarts(int[] dates, int[] phrases) {
        this.dates = dates;
        this.phrases = phrases;
    }

    /** The positions of {@code text} where a date or a relative phrase can begin. */
    static StaleStarts in(String text) {
        Positions dates = new Positions();
        Positions phrases = new Positions();
        boolean afterWordChar = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int roles = c < 128 ? ASCII_ROLES[c] : nonAsciiRoles(c);
            if (!afterWordChar && roles > WORD_CHAR) {
                if ((roles & DATE_INITIAL) != 0 && DateFinder.canStartDate(text, i)) {
                    dates.add(i);
                }
                if ((roles & PHRASE_INITIAL) != 0 && RelativePhrases.canStart(text, i)) {
                    phrases.add(i);
                }
            }
            afterWordChar = (roles & WORD_CHAR) != 0;
        }
        return new StaleStarts(dates.toArray(), phrases.toArray());
    }

    /** Where a date can begin, ascending. */
    int[] dates() {
        return dates;
    }

    /** Where a relative phrase can begin, ascending. */
    int[] phrases() {
        return phrases;
    }

    /** A non-ASCII letter may start a phrase (the phrase test decides); no date starts with a non-ASCII character. */
    private static int nonAsciiRoles(char c) {
        if (Character.isLetter(c)) {
            return WORD_CHAR | PHRASE_INITIAL;
        }
        return Character.isLetterOrDigit(c) ? WORD_CHAR : 0;
    }

    private static byte[] asciiRoles() {
        byte[] roles = new byte[128];
        for (char c = 0; c < 128; c++) {
            if (Character.isLetterOrDigit(c)) {
                roles[c] |= WORD_CHAR;
            }
            if (c >= '0' && c <= '9' || "JFMASOND".indexOf(c) >= 0) {
                roles[c] |= DATE_INITIAL;
            }
        }
        for (String word : RelativePhrases.FIRST_WORD_LIST) {
            char first = word.charAt(0);
            roles[first] |= PHRASE_INITIAL;
            roles[Character.toUpperCase(first)] |= PHRASE_INITIAL;
        }
        return roles;
    }

    /** A growing list of ascending positions. */
}
