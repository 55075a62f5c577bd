package org.factdesk.support.text;

/**
 * Character classes as Java's regular expressions define them without {@code UNICODE_CHARACTER_CLASS} and
 * {@code UNICODE_CASE}: what a quick check in front of a pattern must agree with, character for character.
 */
public final class AsciiChars {
    private AsciiChars() {
    }

    /** The characters of {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code A}–{@code Z} to {@code a}–{@code z}, every other character as it is: the folding {@code (?i)} does. */
    public static char toLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
