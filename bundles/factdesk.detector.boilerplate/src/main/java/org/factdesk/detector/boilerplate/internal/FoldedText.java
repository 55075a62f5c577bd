package org.factdesk.detector.boilerplate.internal;

/**
 * A block's text case-folded as the chrome patterns compare it, with the set of characters it holds. A
 * {@link Needle} (a string every match of some pattern contains) is searched for only when the text holds each of
 * its characters, so a short block such as "Contact us" rules out most needles with one bitwise test each instead
 * of a substring search.
 */
final class FoldedText {
    private final String text;
    private final long characters;
    private final boolean ascii;

    /** A string to look for in folded text, given in lower case, with its characters. */
    record Needle(String text, long characters) {
        static Needle of(String lowerCase) {
            return new Needle(lowerCase, FoldedText.characters(lowerCase));
        }
    }

    private FoldedText(String text, long characters, boolean ascii) {
        this.text = text;
        this.characters = characters;
        this.ascii = ascii;
    }

    /**
     * The text case-folded as the patterns compare it (CASE_INSENSITIVE with UNICODE_CASE matches characters
     * whose upper-case, or whose upper-case's lower-case, are equal), so that a needle test never rejects a block
     * its pattern would match. For ASCII that is plain lower-casing, done without the two lookups.
     */
    static FoldedText of(String text) {
        char[] folded = null;
        long characters = 0;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii &= c < 0x80;
            char f = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && folded == null) {
                folded = text.toCharArray();
            }
            if (folded != null) {
                folded[i] = f;
            }
            characters |= bit(f);
        }
        return new FoldedText(folded == null ? text : new String(folded), characters, ascii);
    }

    String text() {
        return text;
    }

    /** Whether the text is all ASCII: then folding it is lower-casing it, as {@code toLowerCase(Locale.ROOT)} does. */
    boolean isAscii() {
        return ascii;
    }

    /**
     * Whether the needle occurs in the text. It cannot when the text lacks one of its characters; only otherwise is
     * the text searched.
     */
    boolean contains(Needle needle) {
        return (needle.characters() & ~characters) == 0 && text.contains(needle.text());
    }

    private static long characters(String s) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            bits |= bit(s.charAt(i));
        }
        return bits;
    }

    /**
     * A character's bit in a character set: bit {@code c mod 64}. The lower-case letters and space each have their
     * own; other characters may share one, which can only let a needle through to the search, never keep out one
     * that occurs.
     */
    private static long bit(char c) {
        return 1L << (c & 63);
    }
}
